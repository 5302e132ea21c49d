import type { ReactNode } from 'react';
import type { PhoneTotals } from '../../../../contract/room';
import { phoneCounts } from '../store/phone-slice';
import { useStrings } from '../strings/use-strings';

/**
 * A bar and its count in words, as the poll draws them: the count is text,
 * so the bar is never the only way to read it. `label` is what a screen
 * reader hears for the number when the number alone would not say enough.
 */
export function CountBar({
  count,
  largest,
  label,
}: {
  count: number;
  largest: number;
  label?: string;
}): ReactNode {
  return (
    <>
      <span className="gw-bar-track" aria-hidden="true">
        <span className="gw-bar" style={{ width: `${(count / Math.max(1, largest)) * 100}%` }} />
      </span>
      <span className="gw-poll-count" data-testid="phone-count">
        {label === undefined ? (
          count
        ) : (
          <>
            <span aria-hidden="true">{count}</span>
            <span className="gw-visually-hidden">{label}</span>
          </>
        )}
      </span>
    </>
  );
}

/** How many phones answered, as a plain line (no live region: totals change often). */
export function PhonesAnswered({ totals }: { totals: PhoneTotals }): ReactNode {
  const t = useStrings().phones;
  return <p className="gw-ex-hint gw-phones-answered">{t.answered(totals.respondents)}</p>;
}

/**
 * How the phones split between `labels` (a group myth-or-fact's two
 * answers), once any phone answered: one labelled bar per answer with its
 * count, and how many phones answered. Shown before and after the reveal.
 */
export function PhoneSplit({
  labels,
  totals,
}: {
  labels: readonly string[];
  totals: PhoneTotals | undefined;
}): ReactNode {
  if (totals === undefined || totals.respondents === 0) return null;
  const counts = phoneCounts(totals, labels.length);
  const largest = Math.max(1, ...counts);
  return (
    <div className="gw-phone-split">
      <PhonesAnswered totals={totals} />
      <ul className="gw-poll-rows">
        {labels.map((label, i) => (
          <li key={label} className="gw-poll-row">
            <span className="gw-poll-option">{label}</span>
            <CountBar count={counts[i]!} largest={largest} />
          </li>
        ))}
      </ul>
    </div>
  );
}
