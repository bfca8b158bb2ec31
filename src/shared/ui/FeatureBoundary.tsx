import { Component, type ErrorInfo, type ReactNode } from 'react';
import { strings } from '../text/strings';

interface Props {
  /** Named in the message, e.g. "map" or "timeline". */
  feature: string;
  children: ReactNode;
}
interface State {
  error: Error | null;
}

/**
 * Contains a crash to one feature: the rest of the page keeps working, and the reader gets
 * a message and a way back (re-mounting the feature) instead of a blank page.
 */
export class FeatureBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(`[${this.props.feature}]`, error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div role="alert" className="feature-error">
        <p>{strings.featureCrashed(this.props.feature)}</p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          {strings.tryAgain}
        </button>
      </div>
    );
  }
}
