// Writes a figure the way the desk reads it: "70", "≈150", "70+", "0–800", "≈24+".

import type { Figure } from '../domain/claim.js';

export function formatFigure(figure: Figure): string {
  const mark = figure.approx ? '≈' : '';
  if (figure.max === null) return `${mark}${figure.min}+`;
  if (figure.max === figure.min) return `${mark}${figure.min}`;
  return `${mark}${figure.min}–${figure.max}`;
}
