import type { ReactNode } from 'react';
import { useStrings } from '../strings/use-strings';
import { Icon } from './Icon';
import { directionOf } from '../../prose';

export type Verdict = 'right' | 'wrong' | 'shown';

/** The revealed answer's box, for the focus after an answer, a check or a reveal. */
export const FEEDBACK_SELECTOR = '.gw-feedback';

/**
 * The answer, said in words with an icon, never by colour alone. Kept mounted
 * (empty until revealed) so screen readers announce the change. The box
 * takes the focus after the press that revealed it (FEEDBACK_SELECTOR), so
 * the focus does not fall with the button that went away.
 */
export function Feedback({
  verdict,
  answerText,
  explanation,
}: {
  verdict: Verdict | null;
  answerText: ReactNode;
  explanation: string;
}) {
  const t = useStrings().feedback;
  return (
    <div className="gw-feedback-region" role="status">
      {verdict && (
        <div className={`gw-feedback gw-feedback-${verdict}`} tabIndex={-1}>
          <p className="gw-feedback-verdict">
            <Icon name={verdict === 'wrong' ? 'info' : 'check'} />
            <span>
              {verdict === 'right' && <strong>{t.right} </strong>}
              {verdict === 'wrong' && <strong>{t.wrong} </strong>}
              {answerText}
            </span>
          </p>
          <p className="gw-feedback-explanation" dir={directionOf(explanation)}>
            {explanation}
          </p>
        </div>
      )}
    </div>
  );
}
