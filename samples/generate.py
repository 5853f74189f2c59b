#!/usr/bin/env python3
"""Writes the sample payloads of samples/: whole responses as JSON lines and streams, of six provider
surfaces, in the shapes their APIs send (authored, not recorded). Deterministic: the same files every run.
A few records are wrong on purpose, at the lines WRONG names; samples/README.md lists them.

    python3 samples/generate.py        # rewrites samples/*.jsonl, *.sse
"""
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
RECORDS = 60
rng = random.Random(20260714)

# The wrong records: (file, line) -> what is wrong. Every other line is consistent.
WRONG = {
    ("openai-chat.jsonl", 7): "total",
    ("openai-chat.jsonl", 19): "cached-above-prompt",
    ("openai-chat.jsonl", 33): "negative",
    ("openai-chat.jsonl", 48): "malformed",
    ("anthropic-messages.jsonl", 11): "cache-split",
    ("anthropic-messages.jsonl", 25): "thinking-above-output",
    ("anthropic-messages.jsonl", 40): "negative",
    ("gemini.jsonl", 9): "total",
    ("gemini.jsonl", 30): "cached-above-prompt",
    ("bedrock-converse.jsonl", 14): "total",
    ("bedrock-converse.jsonl", 37): "mirror",
    ("openrouter-chat.jsonl", 5): "total",
    ("openrouter-chat.jsonl", 22): "cached-above-prompt",
    ("openrouter-chat.jsonl", 44): "malformed",
    ("ollama-chat.jsonl", 16): "negative",
    ("ollama-chat.jsonl", 29): "durations",
}

ANSWERS = [
    "The invoice total is 1,284.50 EUR, due on 30 September.",
    "Bergen has rain on about 230 days a year.",
    "Use a binary search: the list is already sorted.",
    "The renewal clause is in section 11.3.",
    "Three risks, two mitigations, one open question.",
    "Paris has 20 arrondissements.",
    "The function returns None when the key is missing.",
    "Yes: the cached prefix is reused when the first 1,024 tokens match.",
]


def token_id(prefix, length=24):
    alphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
    return prefix + "".join(rng.choice(alphabet) for _ in range(length))


def line(value):
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


def malformed(text):
    """A response cut short, as a log truncated mid-write leaves it."""
    return text[: len(text) // 2]


def openai_chat(n, wrong):
    prompt = rng.randint(20, 6000)
    cached = rng.choice([0, 0, 1024, 2048]) if prompt > 2100 else 0
    completion = rng.randint(5, 900)
    reasoning = rng.choice([0, 0, completion // 2])
    usage = {"prompt_tokens": prompt, "completion_tokens": completion, "total_tokens": prompt + completion,
             "prompt_tokens_details": {"cached_tokens": cached, "audio_tokens": 0},
             "completion_tokens_details": {"reasoning_tokens": reasoning, "audio_tokens": 0,
                                           "accepted_prediction_tokens": 0, "rejected_prediction_tokens": 0}}
    if wrong == "total":
        usage["total_tokens"] += 64
    elif wrong == "cached-above-prompt":
        usage["prompt_tokens_details"]["cached_tokens"] = prompt + 512
    elif wrong == "negative":
        usage["completion_tokens"] = -completion
        usage["total_tokens"] = prompt - completion
    body = {"id": token_id("chatcmpl-"), "object": "chat.completion", "created": 1786012000 + 37 * n,
            "model": rng.choice(["gpt-4.1-mini-2025-04-14", "gpt-4.1-2025-04-14", "gpt-5-mini-2025-08-07"]),
            "choices": [{"index": 0, "message": {"role": "assistant", "content": rng.choice(ANSWERS), "refusal": None,
                                                 "annotations": []}, "logprobs": None, "finish_reason": "stop"}],
            "usage": usage, "service_tier": "default", "system_fingerprint": token_id("fp_", 10)}
    return malformed(line(body)) if wrong == "malformed" else line(body)


def anthropic(n, wrong):
    cache_read = rng.choice([0, 0, 9212, 4096])
    write_5m = rng.choice([0, 0, 1830])
    write_1h = rng.choice([0, 0, 2400])
    output = rng.randint(10, 1200)
    usage = {"input_tokens": rng.randint(3, 4000), "cache_creation_input_tokens": write_5m + write_1h,
             "cache_read_input_tokens": cache_read,
             "cache_creation": {"ephemeral_5m_input_tokens": write_5m, "ephemeral_1h_input_tokens": write_1h},
             "output_tokens": output, "server_tool_use": {"web_search_requests": 0, "web_fetch_requests": 0},
             "service_tier": "standard"}
    if wrong == "cache-split":
        usage["cache_creation_input_tokens"] = 1500
        usage["cache_creation"] = {"ephemeral_5m_input_tokens": 1000, "ephemeral_1h_input_tokens": 200}
    elif wrong == "thinking-above-output":
        usage["output_tokens_details"] = {"thinking_tokens": output + 100}
    elif wrong == "negative":
        usage["input_tokens"] = -12
    body = {"id": token_id("msg_01"), "type": "message", "role": "assistant",
            "model": rng.choice(["claude-sonnet-4-6", "claude-haiku-4-5", "claude-opus-4-6"]),
            "content": [{"type": "text", "text": rng.choice(ANSWERS)}], "stop_reason": "end_turn",
            "stop_sequence": None, "usage": usage}
    return line(body)


def gemini(n, wrong):
    prompt = rng.randint(10, 25000)
    candidates = rng.randint(5, 900)
    thoughts = rng.choice([0, rng.randint(50, 800)])
    meta = {"promptTokenCount": prompt, "candidatesTokenCount": candidates,
            "totalTokenCount": prompt + candidates + thoughts,
            "promptTokensDetails": [{"modality": "TEXT", "tokenCount": prompt}]}
    if thoughts:
        meta["thoughtsTokenCount"] = thoughts
    if wrong == "total":
        meta["totalTokenCount"] = prompt + candidates
        meta["thoughtsTokenCount"] = thoughts or 288
    elif wrong == "cached-above-prompt":
        meta["cachedContentTokenCount"] = prompt + 800
    body = {"candidates": [{"content": {"parts": [{"text": rng.choice(ANSWERS)}], "role": "model"},
                            "finishReason": "STOP", "index": 0}],
            "usageMetadata": meta, "modelVersion": rng.choice(["gemini-2.5-flash", "gemini-3-flash-preview"]),
            "responseId": token_id("", 23)}
    return line(body)


def bedrock(n, wrong):
    read = rng.choice([0, 0, 1504, 2752])
    write = rng.choice([0, 0, 2210]) if not read else 0
    inp, out = rng.randint(4, 3000), rng.randint(5, 800)
    usage = {"inputTokens": inp, "outputTokens": out, "totalTokens": inp + out + read + write,
             "cacheReadInputTokens": read, "cacheWriteInputTokens": write,
             "cacheReadInputTokenCount": read, "cacheWriteInputTokenCount": write, "serverToolUsage": {}}
    if write:
        usage["cacheDetails"] = [{"inputTokens": write, "ttl": "5m"}]
    if wrong == "total":
        usage["totalTokens"] = inp + out
        usage["cacheReadInputTokens"] = usage["cacheReadInputTokenCount"] = 1504
    elif wrong == "mirror":
        usage["cacheReadInputTokenCount"] = read + 100
    body = {"metrics": {"latencyMs": rng.randint(300, 9000)},
            "output": {"message": {"content": [{"text": rng.choice(ANSWERS)}], "role": "assistant"}},
            "stopReason": "end_turn", "usage": usage}
    return line(body)


def openrouter(n, wrong):
    prompt, completion = rng.randint(30, 5000), rng.randint(5, 700)
    cost = round((prompt * 0.4 + completion * 1.6) / 1e6, 7)
    usage = {"prompt_tokens": prompt, "completion_tokens": completion, "total_tokens": prompt + completion,
             "cost": cost, "is_byok": False,
             "prompt_tokens_details": {"cached_tokens": 0, "audio_tokens": 0, "video_tokens": 0},
             "cost_details": {"upstream_inference_cost": None, "upstream_inference_prompt_cost": round(prompt * 0.4 / 1e6, 7),
                              "upstream_inference_completions_cost": round(completion * 1.6 / 1e6, 7)},
             "completion_tokens_details": {"reasoning_tokens": 0, "image_tokens": 0}}
    if wrong == "total":
        usage["total_tokens"] = prompt + completion + 1
    elif wrong == "cached-above-prompt":
        usage["prompt_tokens_details"]["cached_tokens"] = prompt
        usage["prompt_tokens_details"]["cache_write_tokens"] = prompt
    body = {"id": "gen-%d-%s" % (1762141000 + n, token_id("", 20)),
            "provider": rng.choice(["OpenAI", "Google AI Studio", "Amazon Bedrock"]),
            "model": rng.choice(["openai/gpt-4.1-mini", "google/gemini-2.5-flash", "anthropic/claude-sonnet-4.6"]),
            "object": "chat.completion", "created": 1762141000 + n,
            "choices": [{"logprobs": None, "finish_reason": "stop", "native_finish_reason": "stop", "index": 0,
                         "message": {"role": "assistant", "content": rng.choice(ANSWERS), "refusal": None,
                                     "reasoning": None}}],
            "usage": usage}
    return "\x00\x1b[binary garbage where a response was]" if wrong == "malformed" else line(body)


def ollama(n, wrong):
    load = rng.randint(10_000_000, 990_000_000)
    prompt_duration = rng.randint(5_000_000, 300_000_000)
    eval_duration = rng.randint(100_000_000, 4_000_000_000)
    body = {"model": rng.choice(["llama3.2", "qwen3:4b", "qwen2.5-coder:3b"]),
            "created_at": "2026-07-14T09:%02d:%02d.%06dZ" % (n // 60, n % 60, rng.randint(0, 999999)),
            "message": {"role": "assistant", "content": rng.choice(ANSWERS)}, "done": True, "done_reason": "stop",
            "total_duration": load + prompt_duration + eval_duration + rng.randint(100_000, 9_000_000),
            "load_duration": load, "prompt_eval_count": rng.randint(10, 900), "prompt_eval_duration": prompt_duration,
            "eval_count": rng.randint(5, 600), "eval_duration": eval_duration}
    if wrong == "negative":
        body["eval_count"] = -body["eval_count"]
    elif wrong == "durations":
        body["total_duration"] = eval_duration // 2
    return line(body)


def responses(name, make):
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as out:
        for n in range(1, RECORDS + 1):
            out.write(make(n, WRONG.get((name, n))) + "\n")


def sse(name, events, done=False):
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as out:
        for event in events:
            if isinstance(event, tuple):
                out.write("event: %s\ndata: %s\n\n" % (event[0], line(event[1])))
            else:
                out.write("data: %s\n\n" % (event if isinstance(event, str) else line(event)))
        if done:
            out.write("data: [DONE]\n\n")


def json_lines(name, events):
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as out:
        for event in events:
            out.write(line(event) + "\n")


def chat_chunks(cid, model, words, usage):
    chunks = [{"id": cid, "object": "chat.completion.chunk", "created": 1786013000, "model": model,
               "choices": [{"index": 0, "delta": {"content": word}, "finish_reason": None}], "usage": None}
              for word in words]
    chunks.append({"id": cid, "object": "chat.completion.chunk", "created": 1786013000, "model": model,
                   "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}], "usage": None})
    chunks.append({"id": cid, "object": "chat.completion.chunk", "created": 1786013000, "model": model,
                   "choices": [], "usage": usage})
    return chunks


def streams():
    words = ["The", " renewal", " clause", " is", " in", " section", " 11.3."]
    good = {"prompt_tokens": 24, "completion_tokens": 7, "total_tokens": 31,
            "prompt_tokens_details": {"cached_tokens": 0, "audio_tokens": 0},
            "completion_tokens_details": {"reasoning_tokens": 0, "audio_tokens": 0,
                                          "accepted_prediction_tokens": 0, "rejected_prediction_tokens": 0}}
    sse("openai-chat.stream.sse", chat_chunks("chatcmpl-Ks3vT9UoMl5bXd", "gpt-4.1-mini-2025-04-14", words, good), True)
    # Event 3 cut short, and a final usage whose total is not its sum.
    broken = chat_chunks("chatcmpl-Lt4wU0VpNm6cYe", "gpt-4.1-mini-2025-04-14", words[:4], dict(good, total_tokens=35))
    broken[3] = malformed(line(broken[3]))
    sse("openai-chat.stream-broken.sse", broken, True)

    def anthropic_stream(final_output):
        start = {"type": "message_start", "message": {"model": "claude-sonnet-4-6", "id": "msg_01Ws3Bd9Zh5Xq8Rt",
                 "type": "message", "role": "assistant", "content": [], "stop_reason": None, "stop_sequence": None,
                 "usage": {"input_tokens": 5, "cache_creation_input_tokens": 1830, "cache_read_input_tokens": 9212,
                           "cache_creation": {"ephemeral_5m_input_tokens": 1830, "ephemeral_1h_input_tokens": 0},
                           "output_tokens": 3, "service_tier": "standard"}}}
        events = [("message_start", start),
                  ("content_block_start", {"type": "content_block_start", "index": 0,
                                           "content_block": {"type": "text", "text": ""}}),
                  ("ping", {"type": "ping"})]
        events += [("content_block_delta", {"type": "content_block_delta", "index": 0,
                                            "delta": {"type": "text_delta", "text": word}}) for word in words]
        events += [("content_block_stop", {"type": "content_block_stop", "index": 0}),
                   ("message_delta", {"type": "message_delta", "delta": {"stop_reason": "end_turn", "stop_sequence": None},
                                      "usage": {"input_tokens": 5, "cache_creation_input_tokens": 1830,
                                                "cache_read_input_tokens": 9212, "output_tokens": final_output}}),
                   ("message_stop", {"type": "message_stop"})]
        return events

    sse("anthropic-messages.stream.sse", anthropic_stream(14))
    # Cumulative: the delta's output_tokens (2) below the start's (3), a count that went down.
    sse("anthropic-messages.stream-decreasing.sse", anthropic_stream(2))

    total = 0
    chunks = []
    for at, text in enumerate(["Bergen is", " one of Europe's wettest", " cities."]):
        total += 6
        meta = {"promptTokenCount": 11, "candidatesTokenCount": total, "thoughtsTokenCount": 288,
                "totalTokenCount": 11 + total + 288, "promptTokensDetails": [{"modality": "TEXT", "tokenCount": 11}]}
        candidate = {"content": {"parts": [{"text": text}], "role": "model"}, "index": 0}
        if at == 2:
            candidate["finishReason"] = "STOP"
        chunks.append({"candidates": [candidate], "usageMetadata": meta, "modelVersion": "gemini-2.5-flash",
                       "responseId": "yZ6giiP2UcFz0msY1aFv7Jt"})
    sse("gemini.stream.sse", chunks)

    json_lines("bedrock-converse.stream.jsonl", [
        {"messageStart": {"role": "assistant"}},
        {"contentBlockDelta": {"contentBlockIndex": 0, "delta": {"text": "Counting to three:"}}},
        {"contentBlockDelta": {"contentBlockIndex": 0, "delta": {"text": " one, two, three."}}},
        {"contentBlockStop": {"contentBlockIndex": 0}},
        {"messageStop": {"stopReason": "end_turn"}},
        {"metadata": {"metrics": {"latencyMs": 612},
                      "usage": {"inputTokens": 13, "outputTokens": 11, "totalTokens": 1528,
                                "cacheReadInputTokens": 1504, "cacheWriteInputTokens": 0,
                                "cacheReadInputTokenCount": 1504, "cacheWriteInputTokenCount": 0,
                                "serverToolUsage": {}}}}])

    router = chat_chunks("gen-1773012759-4u9w7As08eMtL75b", "anthropic/claude-sonnet-4.6", words,
                         {"prompt_tokens": 254, "completion_tokens": 12, "total_tokens": 266, "cost": 0.000942,
                          "is_byok": False,
                          "prompt_tokens_details": {"cached_tokens": 0, "cache_write_tokens": 0, "audio_tokens": 0},
                          "completion_tokens_details": {"reasoning_tokens": 0, "image_tokens": 0}})
    for chunk in router:
        chunk.pop("usage") if chunk["usage"] is None else None
        chunk["provider"] = "Amazon Bedrock"
    sse("openrouter-chat.stream.sse", [": OPENROUTER PROCESSING"] + router, True)

    events = [{"model": "qwen3:4b", "created_at": "2026-07-31T10:00:01.%06dZ" % (100456 + 37000 * at),
               "message": {"role": "assistant", "content": word}, "done": False} for at, word in enumerate(words)]
    events.append({"model": "qwen3:4b", "created_at": "2026-07-31T10:00:01.400456Z",
                   "message": {"role": "assistant", "content": ""}, "done": True, "done_reason": "stop",
                   "total_duration": 1240417833, "load_duration": 61023958, "prompt_eval_count": 18,
                   "prompt_eval_duration": 84211000, "eval_count": 7, "eval_duration": 1079855000})
    json_lines("ollama-chat.stream.jsonl", events)


def fix_comment(name):
    """An SSE comment line is written as it is, not as a data: line."""
    path = os.path.join(HERE, name)
    with open(path, encoding="utf-8") as text:
        body = text.read().replace("data: : OPENROUTER PROCESSING", ": OPENROUTER PROCESSING")
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        out.write(body)


if __name__ == "__main__":
    responses("openai-chat.jsonl", openai_chat)
    responses("anthropic-messages.jsonl", anthropic)
    responses("gemini.jsonl", gemini)
    responses("bedrock-converse.jsonl", bedrock)
    responses("openrouter-chat.jsonl", openrouter)
    responses("ollama-chat.jsonl", ollama)
    streams()
    fix_comment("openrouter-chat.stream.sse")
