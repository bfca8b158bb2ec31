import { useLayoutEffect, useMemo, type RefObject } from 'react';
import type { DatasetIndex } from '../../data/createIndex';
import { countryPoint, type MapGeometry } from '../../shared/geometry/buildGeometry';
import { applyFocusable } from './CountryShapes';
import { createKeyboardOrder, type KeyboardOrder } from './geometry/keyboardOrder';

export interface FocusableCountries {
  /** Countries with updates that the map draws: the keyboard and screen-reader stops. */
  ids: ReadonlySet<string>;
  /** Their arrow-key order, worked out on first use rather than in the render that shows the map. */
  keyboardOrder: () => KeyboardOrder;
}

/** Which countries are buttons, with roles and focus order written onto the layer's shapes. */
export function useFocusableCountries(
  layerRef: RefObject<SVGGElement | null>,
  index: DatasetIndex | null,
  geometry: MapGeometry,
): FocusableCountries {
  const ids = useMemo(
    () => new Set(index ? index.entitiesWithData().filter((id) => geometry.byId.has(id)) : []),
    [index, geometry],
  );
  const keyboardOrder = useMemo(() => {
    let made: KeyboardOrder | null = null;
    return () => {
      made ??= createKeyboardOrder(
        [...ids].map((id) => {
          const [x, y] = countryPoint(geometry, id)!;
          return { id, x, y };
        }),
        // Bands a fourteenth of the map tall keep Europe's rows short enough to follow.
        geometry.viewBox[3] / 14,
      );
      return made;
    };
  }, [ids, geometry]);

  // Before the painter (declared first), which names only the focusable countries.
  useLayoutEffect(() => {
    if (layerRef.current) applyFocusable(layerRef.current, geometry, ids);
  }, [layerRef, geometry, ids]);

  return { ids, keyboardOrder };
}
