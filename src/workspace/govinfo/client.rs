//! HTTP with good manners towards govinfo: the key as a header (never in a
//! URL, so never in a message), 429 answered by waiting, 5xx, timeouts and
//! cut-off bodies retried a few times, and every wait said on stderr.
//!
//! ureq: blocking (gavel has no async runtime and wants none for a few
//! requests at a time), rustls (no OpenSSL to find on the user's machine),
//! small, and maintained.

use std::time::Duration;
use ureq::Agent;
use ureq::ResponseExt;

/// The api.data.gov key. Its `Debug` and `Display` never show it.
#[derive(Clone)]
pub struct Key(String);

impl Key {
    pub fn new(key: String) -> Key {
        Key(key)
    }

    pub fn is_demo(&self) -> bool {
        self.0 == DEMO_KEY
    }
}

impl std::fmt::Debug for Key {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(if self.is_demo() { "Key(DEMO_KEY)" } else { "Key(…)" })
    }
}

pub const DEMO_KEY: &str = "DEMO_KEY";

/// How many times a request is tried again after a 5xx, a timeout or a
/// broken body, and after a 429.
const RETRIES: u32 = 3;
const RATE_LIMIT_RETRIES: u32 = 6;
/// The longest pause taken on a 429 or a `Retry-After`, in seconds: the
/// window is a rolling hour, and a run that waits longer should stop and
/// say so instead.
const MAX_WAIT_SECS: u64 = 15 * 60;
/// The largest body read: hearings run to tens of MB; anything past this is
/// not a hearing.
const MAX_BODY: u64 = 512 * 1024 * 1024;

pub struct Client<'a> {
    /// For the API host: the key goes with every request, and no redirect is
    /// followed (it would carry the key's header to wherever it points).
    api: Agent,
    /// For the content host: keyless, redirects followed so the final
    /// address tells an error page from a rendition.
    content: Agent,
    key: Key,
    /// Milliseconds a second of waiting lasts (1000; tests make it 1).
    second_ms: u64,
    say: &'a (dyn Fn(&str) + Sync),
    /// The allowance running low is said once a run, not on every request.
    low_said: std::sync::atomic::AtomicBool,
}

/// A successful answer.
pub struct Fetched {
    /// Where the answer finally came from, after redirects.
    pub final_url: String,
    pub body: Vec<u8>,
}

#[derive(Debug, thiserror::Error)]
pub enum FetchError {
    #[error("{url} answered {status}{}", message.as_deref().map(|m| format!(": {m}")).unwrap_or_default())]
    Status { url: String, status: u16, message: Option<String> },
    #[error("{url}: still rate-limited (429) after {RATE_LIMIT_RETRIES} waits; try again in an hour")]
    RateLimited { url: String },
    #[error("{url}: {why} ({tries} tries)")]
    Network { url: String, why: String, tries: u32 },
    #[error("{url} redirected to {to}; not followed with the API key")]
    Redirected { url: String, to: String },
}

impl<'a> Client<'a> {
    /// `answer_timeout`: how long to wait for an answer to begin before
    /// trying again (the body then has five times as long).
    pub fn new(
        key: Key,
        second_ms: u64,
        answer_timeout: Duration,
        say: &'a (dyn Fn(&str) + Sync),
    ) -> Client<'a> {
        let base = || {
            Agent::config_builder()
                .http_status_as_error(false)
                .timeout_connect(Some(Duration::from_secs(30)))
                .timeout_recv_response(Some(answer_timeout))
                .timeout_recv_body(Some(answer_timeout * 5))
                .user_agent(concat!("gavel/", env!("CARGO_PKG_VERSION")))
        };
        Client {
            api: base().max_redirects(0).build().new_agent(),
            content: base().max_redirects(5).build().new_agent(),
            key,
            second_ms,
            say,
            low_said: std::sync::atomic::AtomicBool::new(false),
        }
    }

    pub fn say(&self, message: &str) {
        (self.say)(message)
    }

    /// A GET on the API host, with the key.
    pub fn api(&self, url: &str) -> Result<Fetched, FetchError> {
        self.fetch(url, true)
    }

    /// A GET on the content host, without the key (it needs none).
    pub fn content(&self, url: &str) -> Result<Fetched, FetchError> {
        self.fetch(url, false)
    }

    fn fetch(&self, url: &str, keyed: bool) -> Result<Fetched, FetchError> {
        let shown = redact(url);
        let mut tries = 0;
        let mut limited = 0;
        loop {
            tries += 1;
            let agent = if keyed { &self.api } else { &self.content };
            let mut request = agent.get(url);
            if keyed {
                request = request.header("X-Api-Key", &self.key.0);
            }
            let transient = match request.call() {
                Err(e) => format!("{e}"),
                Ok(mut response) => {
                    let status = response.status().as_u16();
                    let header = |name: &str| {
                        response.headers().get(name).and_then(|v| v.to_str().ok()).map(str::to_owned)
                    };
                    let retry_after = header("retry-after").and_then(|v| v.trim().parse::<u64>().ok());
                    if let Some(left) = header("x-ratelimit-remaining").and_then(|v| v.parse::<u64>().ok())
                        && left < 10
                        && !self.low_said.swap(true, std::sync::atomic::Ordering::Relaxed)
                    {
                        self.say(&format!("govinfo: {left} requests left in this hour's allowance"));
                    }
                    if status == 429 {
                        limited += 1;
                        if limited > RATE_LIMIT_RETRIES {
                            return Err(FetchError::RateLimited { url: shown });
                        }
                        // No reset header exists; a growing pause otherwise.
                        let secs = retry_after.unwrap_or(30 << (limited - 1)).min(MAX_WAIT_SECS);
                        self.say(&format!(
                            "govinfo asks to slow down (429); waiting {secs} s{}",
                            if retry_after.is_some() { " as it says (Retry-After)" } else { "" }
                        ));
                        self.wait(secs);
                        tries -= 1;
                        continue;
                    }
                    if (300..400).contains(&status) {
                        let to = header("location").unwrap_or_default();
                        return Err(FetchError::Redirected { url: shown, to: redact(&to) });
                    }
                    if status >= 500 {
                        if tries > RETRIES {
                            return Err(FetchError::Status {
                                url: shown,
                                status,
                                message: error_message(&read(&mut response).unwrap_or_default()),
                            });
                        }
                        let secs = retry_after.unwrap_or(2 << tries).min(MAX_WAIT_SECS);
                        self.say(&format!("{shown} answered {status}; trying again in {secs} s"));
                        self.wait(secs);
                        continue;
                    }
                    let final_url = response.get_uri().to_string();
                    match read(&mut response) {
                        Ok(body) if status < 300 => return Ok(Fetched { final_url, body }),
                        Ok(body) => {
                            return Err(FetchError::Status {
                                url: shown,
                                status,
                                message: error_message(&body),
                            });
                        }
                        Err(e) => format!("the answer was cut off: {e}"),
                    }
                }
            };
            if tries > RETRIES {
                return Err(FetchError::Network { url: shown, why: transient, tries });
            }
            let secs = 2 << tries;
            self.say(&format!("{shown}: {transient}; trying again in {secs} s"));
            self.wait(secs);
        }
    }

    fn wait(&self, secs: u64) {
        std::thread::sleep(Duration::from_millis(secs.saturating_mul(self.second_ms)));
    }
}

fn read(response: &mut ureq::http::Response<ureq::Body>) -> Result<Vec<u8>, ureq::Error> {
    response.body_mut().with_config().limit(MAX_BODY).read_to_vec()
}

/// The message of an error body: `{"error":{"message":…}}` (the gateway)
/// or `{"message":…}` (govinfo itself); else the start of the text.
fn error_message(body: &[u8]) -> Option<String> {
    let v: serde_json::Value = serde_json::from_slice(body).ok()?;
    let m = v["error"]["message"].as_str().or_else(|| v["message"].as_str())?;
    Some(crate::sanitize::for_terminal(m, false).into_owned())
}

/// A URL as it may be shown: an `api_key` in its query (a server could
/// hand one back in `nextPage`) replaced.
pub fn redact(url: &str) -> String {
    let Some((base, query)) = url.split_once('?') else { return url.to_owned() };
    let parts: Vec<String> = query
        .split('&')
        .map(|p| match p.split_once('=') {
            Some((k, _)) if k.eq_ignore_ascii_case("api_key") => format!("{k}=…"),
            _ => p.to_owned(),
        })
        .collect();
    format!("{base}?{}", parts.join("&"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_and_urls_never_show_the_key() {
        assert_eq!(format!("{:?}", Key::new("s3cr3t".into())), "Key(…)");
        assert_eq!(
            redact("https://x/y?offsetMark=A&api_key=s3cr3t&pageSize=9"),
            "https://x/y?offsetMark=A&api_key=…&pageSize=9"
        );
        assert_eq!(redact("https://x/y"), "https://x/y");
    }

    #[test]
    fn error_bodies_give_their_message() {
        let gateway = br#"{"error":{"code":"API_KEY_MISSING","message":"No api_key was supplied."}}"#;
        assert_eq!(error_message(gateway).as_deref(), Some("No api_key was supplied."));
        assert_eq!(
            error_message(br#"{"message":"Generating ZIP file."}"#).as_deref(),
            Some("Generating ZIP file.")
        );
        assert_eq!(error_message(b"<html>"), None);
    }
}
