// The event form's "Organisers" question: who organises (and so manages) the event, each with a Remove button
// while there is more than one, and an "Add an organiser" search that suggests only members who can organise
// events (the directory's roles filter, so paging and the search apply to them alone). The search is an ARIA 1.2
// combobox on a text input: the arrow keys move through the suggestions, Enter adds one, Escape closes the
// list; a live region says how many were found, and who was added or removed.
import { useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { errorId, FieldError, hintId } from '../../components/field-parts';
import { OrganiserCandidatesQuery } from './events.queries';

export interface Organiser {
  id: string;
  displayName: string;
  organisation: string | null;
}

const MIN_LETTERS = 2;
const SUGGESTIONS = 8;
const DELAY_MS = 250;

export interface OrganiserPickerProps {
  /** The search input's id, and the API's field name, so the error summary's link lands on it. */
  id: string;
  organisers: Organiser[];
  onChange: (organisers: Organiser[]) => void;
  error?: string;
  /** Shown under the list, e.g. a warning that the viewer is no longer among the organisers. */
  children?: ReactNode;
}

export function OrganiserPicker({ id, organisers, onChange, error, children }: OrganiserPickerProps) {
  const input = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [search, setSearch] = useState('');
  const [expanded, setExpanded] = useState(false);
  const [active, setActive] = useState(0);
  const [announcement, setAnnouncement] = useState('');

  const query = text.trim();
  useEffect(() => {
    const next = query.length >= MIN_LETTERS ? query : '';
    const timer = window.setTimeout(() => setSearch(next), next ? DELAY_MS : 0);
    return () => window.clearTimeout(timer);
  }, [query]);

  // Those already chosen are left out of the suggestions, so ask for enough to still fill the list.
  const { data, loading } = useQuery(OrganiserCandidatesQuery, {
    variables: { search, first: SUGGESTIONS + organisers.length },
    skip: !search,
  });
  const settled = search !== '' && search === query && !loading && data !== undefined;
  const chosen = new Set(organisers.map((o) => o.id));
  const candidates = settled ? data.directory.nodes.filter((m) => !chosen.has(m.id)).slice(0, SUGGESTIONS) : [];
  const open = expanded && candidates.length > 0;
  const noMatch = expanded && settled && candidates.length === 0;
  const activeIndex = Math.min(active, candidates.length - 1);
  const listboxId = `${id}-options`;
  const optionId = (index: number) => `${id}-option-${index}`;
  const searchHintId = `${id}-search-hint`;

  function add(member: Organiser) {
    onChange([
      ...organisers,
      { id: member.id, displayName: member.displayName, organisation: member.organisation ?? null },
    ]);
    setText('');
    setExpanded(false);
    setAnnouncement(`${member.displayName} added as an organiser.`);
    input.current?.focus();
  }

  function remove(member: Organiser) {
    onChange(organisers.filter((o) => o.id !== member.id));
    setAnnouncement(`${member.displayName} removed from the organisers.`);
    // The button has gone: the search is the next place to act from.
    input.current?.focus();
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!candidates.length) return;
      event.preventDefault();
      if (!open) {
        setExpanded(true);
        return;
      }
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((activeIndex + step + candidates.length) % candidates.length);
    } else if (event.key === 'Enter') {
      // A half-typed name must not send the whole form.
      if (open) add(candidates[activeIndex]);
      if (open || query) event.preventDefault();
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      setExpanded(false);
    }
  }

  const noMatchText = `No one in the advisory group, moderators or administrators matches “${query}”.`;
  const statusText = open
    ? `${candidates.length} ${candidates.length === 1 ? 'member' : 'members'} found. Use the up and down arrows to choose, then Enter.`
    : noMatch
      ? noMatchText
      : announcement;

  return (
    <div className={error ? 'form-group form-group--error' : 'form-group'}>
      <fieldset className="fieldset" aria-describedby={hintId(id)}>
        <legend className="fieldset__legend">Organisers</legend>
        <div id={hintId(id)} className="hint">
          Organisers can change and cancel the event, see who is going and message them. Each must be in the advisory
          group, a moderator or an administrator.
        </div>
        {error ? <FieldError id={id}>{error}</FieldError> : null}
        <ul className="organiser-list">
          {organisers.map((organiser) => (
            <li key={organiser.id} className="organiser-list__item">
              <span>
                {organiser.displayName}
                {organiser.organisation ? <span className="secondary-text">, {organiser.organisation}</span> : null}
              </span>
              {organisers.length > 1 ? (
                <button type="button" className="link-button" onClick={() => remove(organiser)}>
                  Remove<span className="visually-hidden"> {organiser.displayName}</span>
                </button>
              ) : null}
            </li>
          ))}
        </ul>
        {children}
        <label htmlFor={id} className="label">
          Add an organiser
        </label>
        <div id={searchHintId} className="hint">
          Type at least {MIN_LETTERS} letters of their name or organisation, then choose them from the list with the
          arrow keys and Enter.
        </div>
        <div className="organiser-search">
          <input
            ref={input}
            id={id}
            name={id}
            type="text"
            role="combobox"
            autoComplete="off"
            spellCheck={false}
            className={error ? 'input input--half input--error' : 'input input--half'}
            value={text}
            onChange={(event) => {
              setText(event.target.value);
              setExpanded(true);
              setActive(0);
              setAnnouncement('');
            }}
            onBlur={() => setExpanded(false)}
            onKeyDown={onKeyDown}
            aria-describedby={error ? `${searchHintId} ${errorId(id)}` : searchHintId}
            aria-invalid={error ? true : undefined}
            aria-autocomplete="list"
            aria-expanded={open}
            aria-controls={open ? listboxId : undefined}
            aria-activedescendant={open ? optionId(activeIndex) : undefined}
          />
          {open ? (
            <ul
              id={listboxId}
              role="listbox"
              aria-label="Members who can organise"
              className="organiser-search__options"
            >
              {candidates.map((member, index) => (
                <li
                  key={member.id}
                  id={optionId(index)}
                  role="option"
                  aria-selected={index === activeIndex}
                  className={
                    index === activeIndex
                      ? 'organiser-search__option organiser-search__option--active'
                      : 'organiser-search__option'
                  }
                  // Keep focus in the input while choosing with a pointer.
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => add(member)}
                >
                  {member.displayName}
                  {member.organisation ? <span className="secondary-text"> ({member.organisation})</span> : null}
                </li>
              ))}
            </ul>
          ) : null}
          {noMatch ? <p className="organiser-search__none">{noMatchText}</p> : null}
        </div>
        <div role="status" className="visually-hidden">
          {statusText}
        </div>
      </fieldset>
    </div>
  );
}
