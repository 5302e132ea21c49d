import { Component, type ErrorInfo, type ReactNode } from 'react';
import { postToShell } from './bridge';
import { errorMessage } from './evaluate';
import { SLIDE_ERROR_ATTRIBUTE } from './print/paper-mode';

interface Props {
  index: number;
  children: ReactNode;
}

interface State {
  message: string | null;
}

/** Keeps a slide that throws from taking the rest of the lesson down with it. */
export class SlideErrorBoundary extends Component<Props, State> {
  override state: State = { message: null };

  static getDerivedStateFromError(error: unknown): State {
    return { message: errorMessage(error) };
  }

  override componentDidCatch(_error: unknown, _info: ErrorInfo): void {
    postToShell({ type: 'slide-error', index: this.props.index });
  }

  override render(): ReactNode {
    if (this.state.message === null) return this.props.children;
    return (
      <div
        className="gw-slide-error"
        role="alert"
        {...{ [SLIDE_ERROR_ATTRIBUTE]: this.state.message }}
      >
        <h2>This slide could not be shown</h2>
        <p>The other slides still work: move on with the arrow keys.</p>
        <p className="gw-slide-error-detail">{this.state.message}</p>
      </div>
    );
  }
}

interface LessonProps {
  children: ReactNode;
  onError(message: string): void;
}

/** Catches what throws outside any slide (a broken top-level export). */
export class LessonErrorBoundary extends Component<LessonProps, State> {
  override state: State = { message: null };

  static getDerivedStateFromError(error: unknown): State {
    return { message: errorMessage(error) };
  }

  override componentDidCatch(error: unknown): void {
    this.props.onError(errorMessage(error));
  }

  override render(): ReactNode {
    if (this.state.message === null) return this.props.children;
    return <LessonError message={this.state.message} />;
  }
}

export function LessonError({ message }: { message: string }): ReactNode {
  return (
    <div className="gw-slide gw-lesson-error" role="alert">
      <h1>This lesson could not be shown</h1>
      <p className="gw-slide-error-detail">{message}</p>
    </div>
  );
}
