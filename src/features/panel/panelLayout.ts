/** Below this width there is no room beside the map: the panel is a bottom sheet (and in embeds). */
export const PANEL_NARROW = '(max-width: 899.98px)';
