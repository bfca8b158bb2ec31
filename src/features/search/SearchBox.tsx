// Placeholder until the feature lands; replaced by its owner.
export function SearchBox() {
  return null;
}
