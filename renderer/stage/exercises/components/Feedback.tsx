import { useStrings } from '../strings/use-strings';
import { Icon } from './Icon';

export type Verdict = 'right' | 'wrong' | 'shown';

/**
 * The answer, said in words with an icon, never by colour alone. Kept mounted
 * (empty until revealed) so screen readers announce the change.
 */
export function Feedback({
  verdict,
  answerText,
  explanation,
}: {
  verdict: Verdict | null;
  answerText: string;
  explanation: string;
}) {
  const t = useStrings().feedback;
  return (
    <div className="gw-feedback-region" role="status">
      {verdict && (
        <div className={`gw-feedback gw-feedback-${verdict}`}>
          <p className="gw-feedback-verdict">
            <Icon name={verdict === 'wrong' ? 'info' : 'check'} />
            <span>
              {verdict === 'right' && <strong>{t.right} </strong>}
              {verdict === 'wrong' && <strong>{t.wrong} </strong>}
              {answerText}
            </span>
          </p>
          <p className="gw-feedback-explanation">{explanation}</p>
        </div>
      )}
    </div>
  );
}
