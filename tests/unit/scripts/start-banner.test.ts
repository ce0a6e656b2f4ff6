import { describe, expect, it } from "vitest";
import { startBanner } from "@/scripts/start-banner";

const ACCOUNTS = [{ role: "translator", email: "translator@recto.test", password: "pw-1" }];

describe("the start banner", () => {
  it("says the passwords are in RECTO_DATA_DIR when it points outside the project", () => {
    const banner = startBanner("http://localhost:3000", ACCOUNTS, "/var/lib/recto/demo-accounts.json", "/srv/recto");
    expect(banner).toMatch(/kept for you in \/var\/lib\/recto\/demo-accounts\.json\)/);
    expect(banner).not.toMatch(/\.data/);
  });

  it("names the default folder relative to the project", () => {
    expect(startBanner("http://localhost:3000", ACCOUNTS, "/srv/recto/.data/demo-accounts.json", "/srv/recto")).toMatch(/kept for you in \.data\/demo-accounts\.json\)/);
  });

  it("lists each account with its password", () => {
    expect(startBanner("http://localhost:3000", ACCOUNTS, "/x/demo-accounts.json", "/")).toMatch(/translator\s+translator@recto\.test\s+pw-1/);
  });
});
