/** A collapsible section of the details view; the user's preference decides shown / collapsed / hidden. */
import type { ComponentChildren } from 'preact';
import type { SectionState } from '../lib/settings/types';

export function DetailsSection(props: {
  id: string;
  title: string;
  state: SectionState | undefined;
  children: ComponentChildren;
}) {
  const state = props.state ?? 'shown';
  if (state === 'hidden') return null;
  return (
    <details class="cl-section" data-section={props.id} open={state === 'shown'}>
      <summary>{props.title}</summary>
      <div class="cl-section-body">{props.children}</div>
    </details>
  );
}
