// The Markdown editor's draft: kept in this browser while the member types (under their id, see ./drafts),
// restored once on the next visit when it differs from the text the editor was given, and discarded on
// request. The notice is announced a moment after it changes, so screen readers read it.
import { useEffect, useEffectEvent, useState, type RefObject } from 'react';
import { clearDraft, readDraft, scheduleDraft } from './drafts';

export function useMarkdownDraft({
  draftKey,
  memberId,
  value,
  onChange,
  textarea,
}: {
  draftKey: string | undefined;
  memberId: string | null;
  value: string;
  onChange: (value: string) => void;
  textarea: RefObject<HTMLTextAreaElement | null>;
}) {
  // What was saved last time, if it differs from the text we were given, is restored once.
  const [initialValue] = useState(value);
  const [restoredDraft] = useState(() => {
    if (!draftKey) return null;
    const saved = readDraft(memberId, draftKey);
    return saved !== null && saved.trim() && saved !== value ? saved : null;
  });
  const [notice, setNotice] = useState<'restored' | 'discarded' | null>(restoredDraft ? 'restored' : null);
  // The live region starts empty and is filled a moment later, so screen readers announce it.
  const [announcement, setAnnouncement] = useState('');

  const restoreDraft = useEffectEvent(() => {
    if (restoredDraft !== null) onChange(restoredDraft);
  });
  useEffect(() => restoreDraft(), []);

  useEffect(() => {
    const message = notice === 'restored' ? 'Draft restored' : notice === 'discarded' ? 'Draft discarded' : '';
    const timer = window.setTimeout(() => setAnnouncement(message), 150);
    return () => window.clearTimeout(timer);
  }, [notice]);

  useEffect(() => {
    if (!draftKey) return;
    scheduleDraft(memberId, draftKey, value.trim() && value !== initialValue ? value : null);
  }, [memberId, draftKey, value, initialValue]);

  function discard() {
    if (draftKey) clearDraft(draftKey);
    onChange(initialValue);
    setNotice('discarded');
    textarea.current?.focus();
  }

  return { restored: notice === 'restored', announcement, discard };
}
