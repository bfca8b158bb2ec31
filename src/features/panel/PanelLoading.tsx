import { strings } from '../../shared/text/strings';

/**
 * The panel's place while its code or the data loads, sized as the panel will be, so the map
 * beside it (or the page under the sheet) has its final size from the first paint.
 */
export function PanelLoading({ asSheet }: { asSheet: boolean }) {
  return (
    <section
      className={`country-panel${asSheet ? ' country-panel--sheet country-panel--default' : ''}`}
      aria-label={strings.panel.loading}
      aria-busy="true"
    >
      <p className="loading">{strings.panel.loading}</p>
    </section>
  );
}
