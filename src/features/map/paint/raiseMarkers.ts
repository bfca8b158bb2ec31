/** Moves the markers of `ids` last, so where dots crowd (Bahrain by Qatar) theirs are on top. */
export function raiseMarkers(layer: Element, ids: ReadonlySet<string>): void {
  const markers = layer.querySelector('.map-markers');
  if (markers)
    for (const el of [...markers.children]) if (ids.has(el.getAttribute('data-id') ?? '')) markers.append(el);
}
