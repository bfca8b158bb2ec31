import { useDataset } from '../../shared/load/datasetQuery';
import { LoadErrorMessage } from '../../shared/ui/LoadErrorMessage';
import { strings } from '../../shared/text/strings';
import { MapCanvas } from './MapCanvas';
import { MapToolbar } from './MapToolbar';
import { useWorld } from '../../shared/load/worldQuery';
import { loadFailure } from '../../shared/load/loadFailure';
import './map.css';

/**
 * The world map. Its box keeps the map's aspect ratio from the first paint — while the
 * shapes load (a skeleton) and if they fail (a message with Retry, and the rest of the page
 * keeps working) — so nothing below it moves when the map arrives.
 */
export function WorldMap() {
  const world = useWorld();
  // The shapes go in with their first fills, in one render and one frame, not grey a moment
  // before (that was a second render and layout on the way to the coloured map). A dataset that
  // failed, or whose first try did, leaves the shapes grey beside its message.
  const dataset = useDataset();
  const datasetSettled = !dataset.isPending || loadFailure(dataset) !== null;
  const worldFailure = loadFailure(world);
  return (
    <div className="map">
      {world.data && datasetSettled ? (
        <MapCanvas geometry={world.data} />
      ) : (
        <>
          <MapToolbar zoom={null} />
          <div
            // Its shape (DEFAULT_VIEW_BOX) is in map.css: no style attribute in prerendered markup.
            className={`map__frame${worldFailure ? ' map__frame--error' : ''}`}
          >
            {worldFailure ? (
              <LoadErrorMessage
                error={worldFailure.error}
                retrying={worldFailure.retrying}
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
