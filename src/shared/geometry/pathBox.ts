import type { Box } from './buildGeometry';

const TOKEN = /[MmLlZz]|-?(?:\d+\.?\d*|\.\d+)(?:e-?\d+)?/g;

/**
 * The bounding box of path data made of moves, lines and closes (what buildGeometry writes:
 * "M" then relative "l" pairs), in the path's own units; [0, 0, 0, 0] for an empty path.
 */
export function pathBox(d: string): Box {
  const box: Box = [Infinity, Infinity, -Infinity, -Infinity];
  let command = 'M';
  let x = 0;
  let y = 0;
  let start: [number, number] = [0, 0];
  let pending: number | null = null;
  for (const [token] of d.matchAll(TOKEN)) {
    if (/[A-Za-z]/.test(token)) {
      command = token;
      pending = null;
      if (command === 'Z' || command === 'z') [x, y] = start;
      continue;
    }
    if (pending === null) {
      pending = Number(token);
      continue;
    }
    const relative = command === 'm' || command === 'l';
    x = relative ? x + pending : pending;
    y = relative ? y + Number(token) : Number(token);
    pending = null;
    if (x < box[0]) box[0] = x;
    if (y < box[1]) box[1] = y;
    if (x > box[2]) box[2] = x;
    if (y > box[3]) box[3] = y;
    // Pairs after a move are lines, of the move's kind.
    if (command === 'M' || command === 'm') {
      start = [x, y];
      command = command === 'M' ? 'L' : 'l';
    }
  }
  return box[0] === Infinity ? [0, 0, 0, 0] : box;
}
