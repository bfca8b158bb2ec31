/** A focusable place on the map: an id and the point it is reached at (view-box pixels). */
export interface FocusPoint {
  id: string;
  x: number;
  y: number;
}

export type MapKey = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown' | 'Home' | 'End';

export interface KeyboardOrder {
  /** Reading order: north → south in bands, west → east within a band. */
  order: readonly string[];
  /** Where a key moves focus from `id`; null when it goes nowhere (an edge). */
  move(id: string, key: MapKey): string | null;
}

export const isMapKey = (key: string): key is MapKey =>
  key === 'ArrowLeft' ||
  key === 'ArrowRight' ||
  key === 'ArrowUp' ||
  key === 'ArrowDown' ||
  key === 'Home' ||
  key === 'End';

/**
 * Keyboard paths through the map. ←/→ walk a reading order (bands `bandHeight` tall, west → east
 * in each), so every country is reachable by one key; ↑/↓ jump to the nearest country in that
 * direction, which is what a sighted reader expects ("what is north of Italy?").
 */
export function createKeyboardOrder(points: readonly FocusPoint[], bandHeight: number): KeyboardOrder {
  const sorted = [...points].sort(
    (a, b) => Math.floor(a.y / bandHeight) - Math.floor(b.y / bandHeight) || a.x - b.x || a.y - b.y,
  );
  const order = sorted.map((p) => p.id);
  const position = new Map(order.map((id, i) => [id, i] as const));
  const byId = new Map(points.map((p) => [p.id, p] as const));

  const nearest = (from: FocusPoint, sign: 1 | -1): string | null => {
    let best: string | null = null;
    let bestScore = Infinity;
    for (const p of points) {
      const dy = (p.y - from.y) * sign;
      if (p.id === from.id || dy <= 0) continue;
      // Straight ahead beats diagonal: sideways distance costs double.
      const score = dy + 2 * Math.abs(p.x - from.x);
      if (score < bestScore) {
        bestScore = score;
        best = p.id;
      }
    }
    return best;
  };

  return {
    order,
    move(id, key) {
      const i = position.get(id);
      if (i === undefined) return order[0] ?? null;
      switch (key) {
        case 'Home':
          return order[0] ?? null;
        case 'End':
          return order[order.length - 1] ?? null;
        case 'ArrowLeft':
          return order[i - 1] ?? null;
        case 'ArrowRight':
          return order[i + 1] ?? null;
        case 'ArrowUp':
          return nearest(byId.get(id)!, -1);
        case 'ArrowDown':
          return nearest(byId.get(id)!, 1);
      }
    },
  };
}
