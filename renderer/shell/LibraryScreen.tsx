import { DisplaySettingsButton } from './settings/DisplaySettingsDialog';
import { CrisisButton } from './CrisisPanel';
import { useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import type { LessonSummary } from '../../contract/lesson';
import { useHostApi, useShell } from './context';
import { DiagnosticList } from './DiagnosticList';
import { LessonCard } from './LessonCard';
import { ResumeOffer } from './ResumeOffer';
import { RegionBanner } from './settings/RegionDialog';
import { ReturnToKiosk } from './kiosk/ReturnToKiosk';
import { arrangeShelf, languageName, NO_FILTER, shelfChoices, type ShelfFilter } from './shelf';
import { useShellLanguage, useShellStrings, type ShellStrings } from './strings';
import { Organisation } from './theme/Organisation';
import { refreshTheme, useTheme } from './theme/theme-store';

export function LibraryScreen(): ReactNode {
  const library = useShell((s) => s.library);
  const refresh = useShell((s) => s.refreshLibrary);
  const refreshCrisis = useShell((s) => s.refreshCrisis);
  const api = useHostApi();
  const heading = useRef<HTMLHeadingElement>(null);
  const t = useShellStrings();
  const [filter, setFilter] = useState<ShelfFilter>(NO_FILTER);

  useEffect(() => {
    heading.current?.focus();
    document.title = 'Groundwork';
    // Whether a region is chosen: the banner asks staff until one is.
    void refreshCrisis();
    // Coming back to the library is when staff look at a theme.yml they just edited.
    void refreshTheme(api);
  }, [refreshCrisis, api]);

  const screenLanguage = useShellLanguage();
  const shelf = useMemo(
    () => arrangeShelf(library.lessons, filter, screenLanguage),
    [library.lessons, filter, screenLanguage],
  );
  const choices = useMemo(() => shelfChoices(library.lessons), [library.lessons]);
  const shownCount =
    shelf.facilitators.length + shelf.participants.reduce((n, g) => n + g.lessons.length, 0);
  const filtered = filter.topic !== null || filter.language !== null;
  // Sections and series get headings only when there is more than one of them to tell apart.
  const sections = shelf.facilitators.length > 0;
  const seriesHeadings =
    shelf.participants.length > 1 || shelf.participants.some((g) => g.series !== null);
  const sectionLevel = 2;
  const seriesLevel = sections ? 3 : 2;
  const cardLevel = Math.min(4, 2 + (sections ? 1 : 0) + (seriesHeadings ? 1 : 0)) as 2 | 3 | 4;

  return (
    <div className="library">
      <header className="library-header">
        <Organisation />
        <h1 ref={heading} tabIndex={-1}>
          {t.lessons}
        </h1>
        <p className="library-intro">{t.library.intro}</p>
        <ReturnToKiosk />
        <DisplaySettingsButton />
        <CrisisButton />
      </header>
      <ResumeOffer />
      <RegionBanner />
      <ThemeProblems />
      {library.status === 'failed' ? (
        <div className="notice notice-problem" role="alert">
          <p>{t.library.loadFailed(library.error ?? '')}</p>
          <button type="button" className="button" onClick={() => void refresh()}>
            {t.library.tryAgain}
          </button>
        </div>
      ) : null}
      {library.status === 'loading' ? <p className="library-status">{t.library.loading}</p> : null}
      {library.status === 'ready' && library.lessons.length === 0 ? (
        <p className="library-status">{t.library.empty}</p>
      ) : null}
      {choices.topics.length > 1 || choices.languages.length > 1 ? (
        <ShelfFilters
          filter={filter}
          onChange={setFilter}
          topics={choices.topics}
          languages={choices.languages}
          shown={shownCount}
          t={t}
        />
      ) : null}
      {filtered && shownCount === 0 ? (
        <p className="library-status">
          {t.library.noMatch}{' '}
          <button
            type="button"
            className="button button-quiet"
            onClick={() => setFilter(NO_FILTER)}
          >
            {t.library.showAll}
          </button>
        </p>
      ) : null}
      <Section heading={sections ? t.library.forParticipants : null} level={sectionLevel}>
        {shelf.participants.map((group) => {
          const name = group.series ?? (seriesHeadings ? t.library.otherLessons : null);
          return (
            <div className="shelf-series" key={group.series ?? ''}>
              {name !== null && seriesHeadings ? (
                <Heading level={seriesLevel} className="shelf-series-title">
                  <span lang={group.series !== null ? group.language : undefined}>{name}</span>
                </Heading>
              ) : null}
              <CardList label={name ?? t.lessons} lessons={group.lessons} level={cardLevel} />
            </div>
          );
        })}
      </Section>
      {sections ? (
        <Section
          heading={t.library.forFacilitators}
          level={sectionLevel}
          className="shelf-facilitators"
        >
          <p className="library-intro">{t.library.facilitatorsLead}</p>
          <CardList
            label={t.library.forFacilitators}
            lessons={shelf.facilitators}
            level={sections ? 3 : 2}
          />
        </Section>
      ) : null}
    </div>
  );
}

function Heading({
  level,
  className,
  children,
}: {
  level: 2 | 3;
  className: string;
  children: ReactNode;
}): ReactNode {
  const Tag = `h${level}` as const;
  return <Tag className={className}>{children}</Tag>;
}

function Section({
  heading,
  level,
  className,
  children,
}: {
  heading: string | null;
  level: 2;
  className?: string;
  children: ReactNode;
}): ReactNode {
  const id = useId();
  if (heading === null) return <>{children}</>;
  return (
    <section className={`shelf-section ${className ?? ''}`} aria-labelledby={id}>
      <Heading level={level} className="shelf-section-title">
        <span id={id}>{heading}</span>
      </Heading>
      {children}
    </section>
  );
}

function CardList({
  label,
  lessons,
  level,
}: {
  label: string;
  lessons: readonly LessonSummary[];
  level: 2 | 3 | 4;
}): ReactNode {
  return (
    <ul className="cards" aria-label={label}>
      {lessons.map((lesson) => (
        <LessonCard key={lesson.slug} lesson={lesson} headingLevel={level} />
      ))}
    </ul>
  );
}

function ShelfFilters({
  filter,
  onChange,
  topics,
  languages,
  shown,
  t,
}: {
  filter: ShelfFilter;
  onChange: (filter: ShelfFilter) => void;
  topics: readonly string[];
  languages: readonly string[];
  shown: number;
  t: ShellStrings;
}): ReactNode {
  const topicId = useId();
  const languageId = useId();
  return (
    <div className="shelf-filters" role="group" aria-label={t.library.filters}>
      <div className="shelf-filter">
        <label htmlFor={topicId}>{t.library.topic}</label>
        <select
          id={topicId}
          value={filter.topic ?? ''}
          onChange={(e) => onChange({ ...filter, topic: e.target.value || null })}
        >
          <option value="">{t.library.allTopics}</option>
          {topics.map((topic) => (
            <option key={topic} value={topic}>
              {topic}
            </option>
          ))}
        </select>
      </div>
      <div className="shelf-filter">
        <label htmlFor={languageId}>{t.library.language}</label>
        <select
          id={languageId}
          value={filter.language ?? ''}
          onChange={(e) => onChange({ ...filter, language: e.target.value || null })}
        >
          <option value="">{t.library.allLanguages}</option>
          {languages.map((language) => (
            <option key={language} value={language} lang={language}>
              {languageName(language)}
            </option>
          ))}
        </select>
      </div>
      {/* Said when a choice changes what is shown, without moving the focus. */}
      <p className="shelf-count" role="status">
        {t.library.shown(shown)}
      </p>
    </div>
  );
}

function ThemeProblems(): ReactNode {
  const { diagnostics } = useTheme();
  const t = useShellStrings();
  if (diagnostics.length === 0) return null;
  return (
    <div className="notice notice-problem theme-problems">
      <p>{t.library.themeProblem}</p>
      <DiagnosticList diagnostics={diagnostics} />
    </div>
  );
}
