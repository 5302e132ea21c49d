import { Component, type ErrorInfo, type ReactNode } from 'react';
import { postToShell } from './bridge';
import { errorMessage } from './evaluate';
import { Icon } from './exercises/components/Icon';
import { useStrings } from './exercises/strings/use-strings';
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
    return <SlideError message={this.state.message} />;
  }
}

/**
 * In the lesson's language, since the room sees it too; the error's own
 * words (for the author) stay as the code gave them.
 */
function SlideError({ message }: { message: string }): ReactNode {
  const t = useStrings().slideError;
  return (
    <div className="gw-slide-error" role="alert" {...{ [SLIDE_ERROR_ATTRIBUTE]: message }}>
      <h2>
        <Icon name="warning" />
        <span>{t.slide}</span>
      </h2>
      <p>{t.others}</p>
      <p className="gw-slide-error-detail" dir="auto">
        {message}
      </p>
    </div>
  );
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
  const t = useStrings().slideError;
  return (
    <div className="gw-slide gw-lesson-error" role="alert">
      <h1>
        <Icon name="warning" />
        <span>{t.lesson}</span>
      </h1>
      <p className="gw-slide-error-detail" dir="auto">
        {message}
      </p>
    </div>
  );
}
