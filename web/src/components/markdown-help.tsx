// The Markdown editor's short help: what to type for bold, links, lists, quotes and @mentions.
export function MarkdownHelp() {
  return (
    <details className="member-details markdown-editor__help">
      <summary className="member-details__summary">
        <span className="member-details__summary-text">Markdown help</span>
      </summary>
      <div className="member-details__text">
        <ul className="list list--bullet">
          <li>
            <code>**bold**</code> for <strong>bold</strong> and <code>*italic*</code> for <em>italic</em>
          </li>
          <li>
            <code>[link text](https://example.org)</code> for a link
          </li>
          <li>
            a line starting <code>- </code> for each item of a list, or <code>1. </code> for a numbered list
          </li>
          <li>
            a line starting <code>&gt; </code> to quote someone
          </li>
          <li>a blank line between paragraphs</li>
          <li>
            <code>@</code> and the first letters of a name to mention a member: choose them from the list with the arrow
            keys and Enter, and they will be told
          </li>
        </ul>
      </div>
    </details>
  );
}
