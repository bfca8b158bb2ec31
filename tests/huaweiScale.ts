import { DEFAULT_SCALE } from '../src/data/defaultScale';
import { THEMES, type StatusStyle, type Theme } from '../src/data/statusScale';

/**
 * The Huawei story's statuses and colours with their ids as literal types, for tests that
 * check the bundled dataset's map (the app reads them from the dataset's story).
 */
export const STATUSES = ['banned', 'restricted', 'debating', 'permitted'] as const;
export type HuaweiStatus = (typeof STATUSES)[number] | 'none';
export const STATUS_OR_NONE: readonly HuaweiStatus[] = [...STATUSES, 'none'];

export const fillFor = (status: string, theme: Theme): string => DEFAULT_SCALE.fill(status, theme);

export const STATUS_STYLES = Object.fromEntries(
  THEMES.map((theme) => [
    theme,
    Object.fromEntries(STATUS_OR_NONE.map((s) => [s, DEFAULT_SCALE.style(s, theme)])),
  ]),
) as Record<Theme, Record<HuaweiStatus, StatusStyle>>;
