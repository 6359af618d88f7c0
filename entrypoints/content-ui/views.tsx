/**
 * The UI script's renderer: the views the content script asks for (../content/ui-contract.ts), drawn into
 * the one UI host (ui-host.tsx) with the components they name.
 */
import css from '../../components/claimlens.css?inline';
import { ClaimCheck } from '../../components/ClaimCheck';
import { CodePanel } from '../../components/CodePanel';
import { Popover } from '../../components/Popover';
import type { CreateRenderer, View } from '../content/ui-contract';
import { UiHost } from './ui-host';

function draw(v: View | null) {
  if (!v) return null;
  if (v.view === 'popover') return <Popover {...v.props} />;
  const { claim, ...panel } = v.props;
  return <CodePanel {...panel} claim={claim.map((c) => <ClaimCheck key="claim" {...c} />)} />;
}

/** Makes the UI host of one content-script instance. */
export const createRenderer: CreateRenderer = (o) => {
  const host = new UiHost(o.doc, css, o.theme, o.onKeyDown, o.isUser);
  return {
    render: (views) => host.render(views.map(draw)),
    clear: () => host.clear(),
    destroy: () => host.destroy(),
    isInside: (event) => host.isInside(event),
    isOwn: (node) => host.isOwn(node),
    find: (selector) => host.find(selector),
    testAttribute: (name, value) => host.testAttribute(name, value),
    get element() {
      return host.element;
    },
  };
};
