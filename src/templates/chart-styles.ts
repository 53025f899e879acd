import { css } from 'lit';

/**
 * Bars, icon arrays and the fact box. Group colours come from --hip-trial-exercise-color and
 * --hip-trial-education-color (3:1 or more against light and dark backgrounds); labels and
 * position carry the meaning too, so colour is never alone.
 */
export const chartStyles = css`
  /* Read by screen readers, not shown (on spans and a div without padding or border). */
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  figure {
    margin: 0;
    color: var(--hip-trial-chart-text, inherit);
  }
  /* Standalone, the figure opens the box; in the summary, it follows the section's text. */
  section > figure {
    margin-block-start: 1.25em;
  }
  figcaption {
    margin-block-end: 0.75em;
  }
  .question {
    display: block;
    font-weight: 700;
  }
  .note,
  .scale {
    font-size: 0.9em;
  }
  .bar-group {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    column-gap: 1em;
    margin-block-end: 0.6em;
  }
  .bar-group .value {
    font-weight: 700;
  }
  .track {
    display: block;
    width: 100%;
    height: 1.6em;
  }
  /* Light enough that the mid-luminance bars keep 3:1 against it, on light and dark pages. */
  .bg {
    fill: currentColor;
    fill-opacity: 0.08;
  }
  .exercise .bar,
  .exercise .hit {
    fill: var(--_exercise);
  }
  .educationOnly .bar,
  .educationOnly .hit {
    fill: var(--_education);
  }
  .scale {
    display: flex;
    justify-content: space-between;
    border-block-start: 1px solid currentColor;
    padding-block-start: 0.2em;
  }
  .arrays {
    display: flex;
    flex-wrap: wrap;
    gap: 1em 2em;
  }
  .array {
    flex: 1 1 12em;
    max-width: 20em;
  }
  .array .name {
    display: block;
  }
  .array .value {
    display: block;
    font-weight: 700;
    font-size: 1.2em;
  }
  .array svg {
    display: block;
    width: 100%;
    margin-block-start: 0.3em;
  }
  .hit,
  .miss {
    stroke-width: 0.6;
  }
  .miss {
    fill: none;
    stroke: currentColor;
    stroke-opacity: 0.75;
  }
  .exercise .hit {
    stroke: var(--_exercise);
  }
  .educationOnly .hit {
    stroke: var(--_education);
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.3em 1.5em;
    list-style: none;
    padding: 0;
    margin: 0.75em 0 0;
  }
  /* margin 0: side by side, the summary's spacing between list items would set one item lower. */
  .legend li {
    display: flex;
    align-items: center;
    gap: 0.4em;
    margin: 0;
  }
  .legend svg {
    flex-shrink: 0;
    width: 1.4em;
    height: 1.4em;
  }
  .legend .hit {
    fill: currentColor;
  }
  table {
    width: 100%;
    border-collapse: collapse;
    table-layout: fixed;
  }
  caption {
    text-align: start;
    font-weight: 700;
    margin-block-end: 0.5em;
  }
  th,
  td {
    padding: 0.5em;
    text-align: start;
    vertical-align: top;
    border-block-end: 1px solid color-mix(in srgb, currentColor 30%, transparent);
  }
  thead th {
    border-block-end: 3px solid;
  }
  thead .exercise {
    border-color: var(--_exercise);
  }
  thead .educationOnly {
    border-color: var(--_education);
  }
  tbody th {
    font-weight: 600;
  }
  td[colspan] {
    text-align: center;
  }
  td strong {
    display: block;
    font-size: 1.15em;
  }
  td .label {
    display: none;
  }
  /* Its size comes from .note. */
  .factbox .note {
    margin-block: 0.75em 0;
  }
  /* A narrow box stacks the fact box: a row header, then each group's value under its name. */
  @container (max-width: 30em) {
    table,
    caption,
    tbody,
    tr,
    th,
    td {
      display: block;
    }
    thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
    tr {
      padding-block: 0.5em;
      border-block-end: 1px solid color-mix(in srgb, currentColor 30%, transparent);
    }
    th,
    td {
      border: 0;
      padding: 0.15em 0;
    }
    td.exercise,
    td.educationOnly {
      padding-inline-start: 0.6em;
      border-inline-start: 0.3rem solid var(--_exercise);
      margin-block-start: 0.3em;
    }
    td.educationOnly {
      border-inline-start-color: var(--_education);
    }
    td[colspan] {
      text-align: start;
    }
    td .label {
      display: block;
      font-size: 0.9em;
    }
  }
  /* Reduced motion: base.ts sets animation: none !important. No delay, so no fill mode is needed. */
  .bar {
    transform-box: fill-box;
    transform-origin: left center;
    animation: grow 0.7s ease-out;
  }
  .hit {
    animation: appear 0.5s ease-out;
  }
  @keyframes grow {
    from {
      transform: scaleX(0);
    }
  }
  @keyframes appear {
    from {
      opacity: 0;
    }
  }
  @media (forced-colors: active) {
    .bar-group .bar,
    .array .hit,
    .legend .hit {
      fill: CanvasText;
      stroke: CanvasText;
    }
    .bg {
      fill: Canvas;
      stroke: CanvasText;
      stroke-width: 0.5;
      vector-effect: non-scaling-stroke;
    }
    .array .miss {
      stroke: CanvasText;
    }
    thead .exercise,
    thead .educationOnly,
    td.exercise,
    td.educationOnly {
      border-color: CanvasText;
    }
  }
  @media print {
    figure,
    table,
    .array {
      break-inside: avoid;
    }
  }
`;
