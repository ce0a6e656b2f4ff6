"use client";

import { ActionAlert } from "@/app/_components/ui/action-alert";
import { useServerAction } from "@/app/_components/use-server-action";
import { dismissFindingsAction, setCheckEnabledAction } from "../actions";
import styles from "./findings.module.css";

type CheckControlsProps = { documentId: string; checkId: string; title: string; isEnabled: boolean; openCount: number };

/** Editors' per-document switch for one check, and "dismiss all open findings of this check". */
export function CheckControls({ documentId, checkId, title, isEnabled, openCount }: CheckControlsProps) {
  const { run, error, isPending } = useServerAction({ refreshRoute: true });
  return (
    <div className={styles.checkControls}>
      <span>{isEnabled ? "On" : "Off"}</span>
      <button type="button" className="button secondary" disabled={isPending} aria-label={`Turn ${isEnabled ? "off" : "on"} the “${title}” check for this document`}
        onClick={() => run(setCheckEnabledAction, { documentId, checkId, enabled: !isEnabled })}>
        {isEnabled ? "Turn off" : "Turn on"}
      </button>
      {openCount > 0 ? (
        <button type="button" className="button secondary" disabled={isPending} aria-label={`Dismiss all ${openCount} open “${title}” findings`}
          onClick={() => run(dismissFindingsAction, { documentId, checkId })}>
          Dismiss all
        </button>
      ) : null}
      <ActionAlert error={error} />
    </div>
  );
}
