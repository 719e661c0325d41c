import { Button } from '@fluentui/react-components';
import { Component, type ReactNode } from 'react';

/**
 * Shows a plain sentence instead of a blank tab when a section cannot be shown.
 * @remarks Sections are loaded on demand: after a new release the old tab asks for files that no longer exist, and
 * `React.lazy` then throws. "Opnieuw laden" loads the page again, with the new files.
 */
export class SectionBoundary extends Component<
  { failed: string; reload: string; children: ReactNode },
  { failed: boolean }
> {
  state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  render() {
    if (!this.state.failed) return this.props.children;
    return (
      <p role="alert">
        {this.props.failed}{' '}
        <Button size="small" onClick={() => window.location.reload()}>
          {this.props.reload}
        </Button>
      </p>
    );
  }
}
