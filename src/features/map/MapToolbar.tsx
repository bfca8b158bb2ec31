import { strings } from '../../shared/text/strings';
import { useAppStore } from '../../state/AppStoreContext';
import { REGIONS } from '../../state/urlState';
import type { MapZoom } from './useMapZoom';

/**
 * Region presets and zoom buttons (44 px targets). Rendered while the map loads too — with the
 * zoom buttons disabled — so the row's height is reserved and nothing shifts when it arrives.
 */
export function MapToolbar({ zoom }: { zoom: MapZoom | null }) {
  const region = useAppStore((s) => s.region);
  const setRegion = useAppStore((s) => s.setRegion);
  return (
    <div className="map-toolbar">
      <div className="segmented map-toolbar__group" role="group" aria-label={strings.regionLabel}>
        {REGIONS.map((r) => (
          <button
            key={r}
            type="button"
            aria-pressed={region === r}
            onClick={() => (zoom ? zoom.showRegion(r) : setRegion(r))}
          >
            {strings.regions[r]}
          </button>
        ))}
      </div>
      <div
        className="map-toolbar__group map-toolbar__zoom"
        role="group"
        aria-label={strings.map.zoomControls}
      >
        <ZoomButton label={strings.zoomIn} onClick={zoom?.zoomIn} icon="M5 12h14M12 5v14" />
        <ZoomButton label={strings.zoomOut} onClick={zoom?.zoomOut} icon="M5 12h14" />
        <ZoomButton
          label={strings.resetZoom}
          onClick={zoom?.reset}
          icon="M4.5 12a7.5 7.5 0 1 0 2.2-5.3M4.5 3.5v4h4"
        />
      </div>
    </div>
  );
}

function ZoomButton({ label, onClick, icon }: { label: string; onClick?: () => void; icon: string }) {
  return (
    <button
      type="button"
      className="button map-zoom-button"
      aria-label={label}
      title={label}
      disabled={!onClick}
      onClick={onClick}
    >
      <svg width="20" height="20" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path d={icon} fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" />
      </svg>
    </button>
  );
}
