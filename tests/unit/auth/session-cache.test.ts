import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { mintViewer } from "@/lib/auth/permissions";
import { forgetSession, forgetUser, rememberViewer, reusedViewer } from "@/lib/auth/session-cache";

const inAnHour = () => new Date(Date.now() + 60 * 60 * 1000);
const tess = mintViewer({ id: "user-tess", role: "translator", name: "Tess" });
const eddie = mintViewer({ id: "user-eddie", role: "editor", name: "Eddie" });

describe("session reuse", () => {
  it("reuses a verified session only for exactly the same cookie value", () => {
    rememberViewer("tokA.sigA", { viewer: tess, token: "tokA", expiresAt: inAnHour() });
    expect(reusedViewer("tokA.sigA")).toBe(tess);
    expect(reusedViewer("tokA.forged")).toBeUndefined();
    expect(reusedViewer("tokB.sigA")).toBeUndefined();
  });

  it("forgets every session of a user whose account changed, and nobody else's", () => {
    rememberViewer("tokT1.sig", { viewer: tess, token: "tokT1", expiresAt: inAnHour() });
    rememberViewer("tokT2.sig", { viewer: tess, token: "tokT2", expiresAt: inAnHour() });
    rememberViewer("tokE.sig", { viewer: eddie, token: "tokE", expiresAt: inAnHour() });
    forgetUser(tess.userId);
    expect(reusedViewer("tokT1.sig")).toBeUndefined();
    expect(reusedViewer("tokT2.sig")).toBeUndefined();
    expect(reusedViewer("tokE.sig")).toBe(eddie);
  });

  it("forgets a signed-out session by its token", () => {
    rememberViewer("tokS1.sig", { viewer: tess, token: "tokS1", expiresAt: inAnHour() });
    rememberViewer("tokS2.sig", { viewer: tess, token: "tokS2", expiresAt: inAnHour() });
    forgetSession("tokS1");
    expect(reusedViewer("tokS1.sig")).toBeUndefined();
    expect(reusedViewer("tokS2.sig")).toBe(tess);
  });

  it("never reuses a session past its own expiry", async () => {
    rememberViewer("tokX.sig", { viewer: tess, token: "tokX", expiresAt: new Date(Date.now() - 1) });
    expect(reusedViewer("tokX.sig")).toBeUndefined();
    rememberViewer("tokY.sig", { viewer: tess, token: "tokY", expiresAt: new Date(Date.now() + 30) });
    expect(reusedViewer("tokY.sig")).toBe(tess);
    await sleep(60);
    expect(reusedViewer("tokY.sig")).toBeUndefined();
  });
});
