-- Nothing reads or writes these: sign-in throttling lives in sign_in_throttles, and no column has type side.
DROP TABLE "rate_limits";
DROP TYPE "side";
