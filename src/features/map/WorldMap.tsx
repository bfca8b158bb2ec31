import { useCallback, useRef } from 'react';
import { useDataset } from '../../app/datasetQuery';
import { LoadErrorMessage } from '../../app/LoadErrorMessage';
import { strings } from '../../app/strings';
import { MapCanvas } from './MapCanvas';
import { MapToolbar } from './MapToolbar';
import { useWorld } from './worldQuery';
import './map.css';

/**
 * The world map. Its box keeps the map's aspect ratio from the first paint — while the
 * shapes load (a skeleton) and if they fail (a message with Retry, and the rest of the page
 * keeps working) — so nothing below it moves when the map arrives.
 */
export function WorldMap() {
  const world = useWorld();
  // The loading frame's size, as the browser last laid it out (no layout is forced to learn it):
  // the map that replaces it sizes its markers for it before its first paint.
  const loadingSize = useRef<{ width: number; height: number } | null>(null);
  const observer = useRef<ResizeObserver | null>(null);
  const watchLoadingFrame = useCallback((frame: HTMLDivElement | null) => {
    observer.current?.disconnect();
    observer.current = null;
    if (!frame || typeof ResizeObserver === 'undefined') return;
    observer.current = new ResizeObserver((entries) => {
      const box = entries[entries.length - 1]?.contentRect;
      if (box) loadingSize.current = { width: box.width, height: box.height };
    });
    observer.current.observe(frame);
  }, []);
  // The shapes go in with their first fills, in one render and one frame, not grey a moment
  // before (that was a second render and layout on the way to the coloured map). A dataset that
  // failed leaves the shapes grey, beside its message.
  const datasetSettled = !useDataset().isPending;
  return (
    <div className="map">
      {world.data && datasetSettled ? (
        <MapCanvas topology={world.data} sizeHint={loadingSize} />
      ) : (
        <>
          <MapToolbar zoom={null} />
          <div
            ref={watchLoadingFrame}
            // Its shape (DEFAULT_VIEW_BOX) is in map.css: no style attribute in prerendered markup.
            className={`map__frame${world.isError ? ' map__frame--error' : ''}`}
          >
            {world.isError ? (
              <LoadErrorMessage
                error={world.error}
                onRetry={() => void world.refetch()}
                what={strings.map.worldFile}
                // Not "countries cannot be coloured": without its shapes there is no map to colour.
                invalidHeadline={strings.loadFailed}
              />
            ) : (
              <div className="map__skeleton" role="status">
                <p>{strings.loading}</p>
              </div>
            )}
          </div>
        </>
      )}
    </div>
  );
}
