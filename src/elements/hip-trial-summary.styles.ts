import { css } from 'lit';

export const summaryStyles = css`
  .title,
  .heading,
  .subheading {
    font-weight: 700;
    text-wrap: balance;
    margin: 0;
  }
  .title {
    font-size: clamp(1.25em, 0.75em + 3.5cqi, 1.6em);
    margin-block-end: 0.5em;
  }
  .lead {
    font-size: 1.1em;
  }
  section {
    margin-block-start: 1.5em;
  }
  .heading {
    font-size: 1.2em;
    padding-inline-start: 0.6rem;
    border-inline-start: 0.3rem solid var(--_accent);
    margin-block-end: 0.4em;
  }
  .subheading {
    font-size: 1em;
    margin-block: 1em 0.3em;
  }
  ul {
    padding-inline-start: 1.4em;
  }
  li + li {
    margin-block-start: 0.4em;
  }
  details {
    border: 1px solid var(--hip-trial-border-color, color-mix(in srgb, currentColor 22%, transparent));
    border-radius: var(--hip-trial-radius, 0.5rem);
    padding-inline: 1em;
  }
  summary {
    cursor: pointer;
    font-weight: 600;
    padding-block: 0.6em;
  }
  details[open] > summary {
    margin-block-end: 0.4em;
  }
  @media (forced-colors: active) {
    .heading {
      border-inline-start-color: CanvasText;
    }
  }
  @media print {
    /* On paper for the doctor, the professionals' figures print whether or not they were opened. */
    details::details-content {
      content-visibility: visible;
      display: contents;
    }
    summary {
      list-style: none;
    }
    li {
      break-inside: avoid;
    }
    .heading,
    .subheading {
      break-after: avoid;
    }
  }
`;
