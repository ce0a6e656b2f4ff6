import { readEnv } from "@/lib/env";
import type { CheckResult, SegmentPair } from "@/lib/qa/types";
import { buildQeMessages, qeErrorsToFindings } from "./qe-findings";
import { qeAnswerSchema, type QeConfig } from "./schema";

/** Pairs per request: small enough for a local model's context, large enough to amortise the prompt. */
const BATCH_SIZE = 20;

export type QeOutcome =
  | { status: "done"; findings: CheckResult[]; dropped: number; requests: number }
  | { status: "skipped"; reason: string };

/** The provider's settings from the environment, or null when RECTO_QE_URL is unset (the default). */
export function readQeConfig(source: NodeJS.ProcessEnv = process.env): QeConfig | null {
  const env = readEnv(source);
  if (!env.RECTO_QE_URL || !env.RECTO_QE_MODEL) return null;
  return { url: env.RECTO_QE_URL, model: env.RECTO_QE_MODEL, apiKey: env.RECTO_QE_API_KEY, timeoutMs: env.RECTO_QE_TIMEOUT_MS };
}

function endpoint(url: string): string {
  return /\/chat\/completions\/?$/.test(url) ? url : `${url.replace(/\/+$/, "")}/chat/completions`;
}

class QeSkip extends Error {}

async function askProvider(config: QeConfig, pairs: SegmentPair[]): Promise<unknown[]> {
  let response: Response;
  try {
    response = await fetch(endpoint(config.url), {
      method: "POST",
      headers: { "content-type": "application/json", ...(config.apiKey ? { authorization: `Bearer ${config.apiKey}` } : {}) },
      body: JSON.stringify({ model: config.model, messages: buildQeMessages(pairs), temperature: 0, response_format: { type: "json_object" } }),
      signal: AbortSignal.timeout(config.timeoutMs),
    });
  } catch (error) {
    const { name, message, cause } = error as Error & { cause?: { code?: string; message?: string } };
    throw new QeSkip(name === "TimeoutError" ? `no answer within ${config.timeoutMs} ms (RECTO_QE_TIMEOUT_MS)` : `could not reach ${config.url}: ${cause?.code ?? cause?.message ?? message}`);
  }
  if (!response.ok) throw new QeSkip(`${config.url} answered HTTP ${response.status}: ${(await response.text()).slice(0, 200)}`);
  const body = (await response.json().catch(() => null)) as { choices?: Array<{ message?: { content?: unknown } }> } | null;
  const content = body?.choices?.[0]?.message?.content;
  if (typeof content !== "string") throw new QeSkip("the answer is not an OpenAI-style chat completion (no choices[0].message.content)");
  let json: unknown;
  try {
    json = JSON.parse(content.replace(/^\s*```(?:json)?\s*|\s*```\s*$/g, ""));
  } catch {
    throw new QeSkip(`the model's answer is not JSON: ${content.slice(0, 120)}`);
  }
  const answer = qeAnswerSchema.safeParse(json);
  if (!answer.success) throw new QeSkip('the model\'s answer has no "errors" list');
  return answer.data;
}

/**
 * Asks the configured quality-estimation provider for MQM error spans on every pair, in batches.
 * All or nothing: one failed, slow or malformed answer skips the whole run and says why, so the
 * caller keeps what is stored. Never throws for the provider's faults.
 */
export async function estimateQuality(pairs: SegmentPair[], config: QeConfig): Promise<QeOutcome> {
  const checkable = pairs.filter((pair) => pair.source.trim() !== "" && pair.target.trim() !== "");
  const findings: CheckResult[] = [];
  let dropped = 0;
  let requests = 0;
  try {
    for (let start = 0; start < checkable.length; start += BATCH_SIZE) {
      const batch = checkable.slice(start, start + BATCH_SIZE);
      const result = qeErrorsToFindings(await askProvider(config, batch), batch, config.model);
      requests += 1;
      findings.push(...result.findings);
      dropped += result.dropped;
    }
  } catch (error) {
    if (error instanceof QeSkip) return { status: "skipped", reason: error.message };
    throw error;
  }
  return { status: "done", findings, dropped, requests };
}
