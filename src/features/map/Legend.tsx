// Placeholder until the feature lands; replaced by its owner.
export function Legend() {
  return null;
}
