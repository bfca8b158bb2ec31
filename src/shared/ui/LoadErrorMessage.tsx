import { LoadError } from '../load/LoadError';
import { strings } from '../text/strings';

/**
 * What a reader sees when a file fails to load: a plain sentence, a Retry button, and — folded
 * away — the exact problems for the editor who made the file.
 */
export function LoadErrorMessage({
  error,
  retrying = false,
  onRetry,
  what,
  invalidHeadline = strings.datasetInvalid,
}: {
  error: unknown;
  /** The page is trying again on its own; Retry still tries at once. */
  retrying?: boolean;
  onRetry: () => void;
  what: string;
  /** The headline when the file loaded but breaks its format; the dataset's by default. */
  invalidHeadline?: string;
}) {
  const loadError = error instanceof LoadError ? error : null;
  const headline = loadError?.kind === 'schema' ? invalidHeadline : strings.loadFailed;
  const problems = loadError?.problems ?? [];
  return (
    <div role="alert" className="load-error">
      <p className="load-error__headline">{headline}</p>
      <p className="load-error__what">
        {what}: {loadError ? describe(loadError) : String(error)}
      </p>
      {retrying && <p className="load-error__retrying">{strings.retrying}</p>}
      <button type="button" className="button" onClick={onRetry}>
        {strings.retry}
      </button>
      {problems.length > 0 && (
        <details className="load-error__details">
          <summary>{strings.detailsForEditors}</summary>
          <ul>
            {problems.slice(0, 50).map((p, i) => (
              <li key={i}>
                <code>{p.path}</code>: {p.message}
              </li>
            ))}
          </ul>
          {problems.length > 50 && <p>…and {problems.length - 50} more.</p>}
        </details>
      )}
    </div>
  );
}

function describe(e: LoadError): string {
  switch (e.kind) {
    case 'network':
      return 'the connection failed. Check your connection and retry.';
    case 'timeout':
      return 'the server took too long to answer.';
    case 'http':
      return `the server answered with error ${e.httpStatus ?? ''}.`;
    case 'html':
      return 'the server sent a web page instead of the data file.';
    case 'json':
      return 'the data file is not valid JSON.';
    case 'schema': {
      const first = e.problems[0];
      return first
        ? `${e.problems.length} problem(s), first: ${first.path}: ${first.message}`
        : 'the data file breaks the format.';
    }
  }
}
