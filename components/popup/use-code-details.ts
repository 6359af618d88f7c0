/**
 * The code open in the popup's details view. Codes are asked of the background (`popupToBg:codeDetails`, with the
 * user's payers) and remembered as recent lookups; reason and remark codes are explained from bundled content
 * (lib/denials/view.ts) with no round trip and are not remembered.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { adjustmentView } from '../../lib/denials/view';
import type { SearchResult } from '../../lib/search/types';
import type { Settings } from '../../lib/settings/types';
import type { UiPort } from '../extension/ui-port';
import type { DetailsState } from './PopupDetails';

export function useCodeDetails(port: UiPort, payers: Settings['payers'], rememberLookup: (code: string) => void) {
  const [details, setDetails] = useState<DetailsState | null>(null);

  const openCode = useCallback(
    (code: string) => {
      setDetails({ code, res: null });
      void port
        .ask({ type: 'popupToBg:codeDetails', code, pageCodes: [] })
        .then((res) => setDetails((d) => (d?.code === code ? { code, res } : d)));
      rememberLookup(code);
    },
    [port, rememberLookup],
  );

  const openResult = (r: SearchResult) =>
    r.kind
      ? setDetails({
          code: r.display ?? r.code,
          res: null,
          view: adjustmentView(r.kind, r.code, r.display?.split('-')[0]),
        })
      : openCode(r.code);

  // Payers changed while details are open: ask again so the notes follow. The background reads the payers
  // itself, so payerKey is the trigger although the closure does not read it; the open details are read
  // through a ref so that opening a code does not re-run this.
  const payerKey = JSON.stringify(payers);
  const detailsRef = useRef(details);
  detailsRef.current = details;
  // biome-ignore lint/correctness/useExhaustiveDependencies: payerKey is the trigger (see above)
  useEffect(() => {
    const open = detailsRef.current;
    if (open?.res) openCode(open.code);
  }, [payerKey, openCode]);

  const closeDetails = useCallback(() => setDetails(null), []);
  return { details, openCode, openResult, closeDetails };
}
