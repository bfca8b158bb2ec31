// Imports run one way: app → features → shared/state → data (docs/ARCHITECTURE.md).
// Relative specifiers differ by a file's depth, so each folder depth gets its own patterns.

const up = (n) => '\\.\\./'.repeat(n);

/** A `no-restricted-imports` block for the files matching `files`. */
function layer(files, patterns) {
  return { files, rules: { 'no-restricted-imports': ['error', { patterns }] } };
}

const noApp = (depth) => ({
  regex: `^${up(depth)}app(/|$)`,
  message: 'Only app/ composes the page: move what you need into shared/ (docs/ARCHITECTURE.md).',
});
const noFeatures = (depth) => ({
  regex: `^${up(depth)}features(/|$)`,
  message: 'shared/ and state/ sit below the features: they may not import one.',
});
// From src/features/F/…, `../`×depth reaches src/features/: anything but a further `../` is another feature.
const noOtherFeature = (depth) => ({
  regex: `^${up(depth)}(?!\\.\\./)[^/]+`,
  message:
    'A feature never imports another feature: move the shared part into shared/ or data/ (docs/ARCHITECTURE.md).',
});
const pureData = {
  group: ['react', 'react-dom', 'react-dom/*', 'zustand', 'zustand/*', '@tanstack/*'],
  message: 'src/data is pure TypeScript: no React, store or query library.',
};
const dataOnly = {
  regex: '^\\.\\./(?!data/)',
  message: 'src/data imports only src/data.',
};

export const layerRules = [
  layer(['src/data/**/*.ts'], [pureData, dataOnly]),
  layer(['src/state/*.{ts,tsx}'], [noApp(1), noFeatures(1)]),
  layer(['src/shared/*.{ts,tsx}'], [noApp(1), noFeatures(1)]),
  layer(['src/shared/*/*.{ts,tsx}'], [noApp(2), noFeatures(2)]),
  layer(['src/features/*/*.{ts,tsx}'], [noApp(2), noOtherFeature(1)]),
  layer(['src/features/*/*/*.{ts,tsx}'], [noApp(3), noOtherFeature(2)]),
];
