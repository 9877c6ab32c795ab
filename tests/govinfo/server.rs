//! A stand-in for govinfo on 127.0.0.1: the API host's collections pages
//! (`offsetMark` paging, `nextPage` without the key), package summaries,
//! and the content host's MODS records, renditions and `/error` page, in
//! the shapes the real services answer. Faults are queued per path.

use std::collections::{HashMap, VecDeque};
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// One request as the server saw it.
#[derive(Debug, Clone)]
pub struct Seen {
    pub path: String,
    pub headers: Vec<(String, String)>,
}

impl Seen {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(n, _)| n.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }
}

#[derive(Debug, Clone)]
pub enum Reply {
    Full {
        status: u16,
        headers: Vec<(String, String)>,
        body: Vec<u8>,
    },
    /// Declares more bytes than it sends, then closes: a cut-off body.
    Truncated {
        body: Vec<u8>,
        declared: usize,
    },
    /// Holds the answer until `release` (or 20 s), then answers.
    Hold(Box<Reply>),
    /// Answers after this many milliseconds.
    Late(u64, Box<Reply>),
}

impl Reply {
    pub fn status(status: u16, body: &str) -> Reply {
        Reply::Full { status, headers: Vec::new(), body: body.as_bytes().to_vec() }
    }

    pub fn with(mut self, name: &str, value: &str) -> Reply {
        if let Reply::Full { headers, .. } = &mut self {
            headers.push((name.to_owned(), value.to_owned()));
        }
        self
    }
}

#[derive(Clone)]
pub struct Package {
    pub id: String,
    pub last_modified: String,
    pub title: String,
    pub html: String,
    pub mods: String,
}

#[derive(Default)]
pub struct World {
    pub packages: Vec<Package>,
    pub page_size: usize,
    /// Answers given before the normal one, per path (without the query).
    pub faults: HashMap<String, VecDeque<Reply>>,
    /// `X-RateLimit-Remaining` on listings; none: 900.
    pub remaining: Option<u32>,
    /// Days of the Congressional Record (collection CREC).
    pub days: Vec<Day>,
}

#[derive(Clone)]
pub struct Day {
    pub id: String,
    pub last_modified: String,
    /// (granule id, granule class, page, record)
    pub granules: Vec<(String, String, String, String)>,
}

impl Day {
    fn mods(&self) -> String {
        let items: Vec<String> = self
            .granules
            .iter()
            .map(|(id, class, _, _)| {
                format!(
                    r#"<relatedItem type="constituent" ID="id-{id}"><titleInfo><title>T</title></titleInfo><extension><granuleClass>{class}</granuleClass></extension></relatedItem>"#
                )
            })
            .collect();
        format!(
            r#"<mods xmlns="http://www.loc.gov/mods/v3"><extension><accessId>{}</accessId></extension>{}</mods>"#,
            self.id,
            items.join("")
        )
    }
}

pub struct Server {
    pub base: String,
    pub world: Arc<Mutex<World>>,
    pub log: Arc<Mutex<Vec<Seen>>>,
    pub release: Arc<AtomicBool>,
    stop: Arc<AtomicBool>,
}

impl Server {
    pub fn start(world: World) -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        let server = Server {
            base: base.clone(),
            world: Arc::new(Mutex::new(world)),
            log: Arc::new(Mutex::new(Vec::new())),
            release: Arc::new(AtomicBool::new(false)),
            stop: Arc::new(AtomicBool::new(false)),
        };
        let (world, log, release, stop) =
            (server.world.clone(), server.log.clone(), server.release.clone(), server.stop.clone());
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                if stop.load(Ordering::SeqCst) {
                    break;
                }
                let Ok(stream) = stream else { continue };
                // A thread per connection: a late answer holds up only its own.
                let (base, world, log, release) = (base.clone(), world.clone(), log.clone(), release.clone());
                std::thread::spawn(move || {
                    let _ = handle(stream, &base, &world, &log, &release);
                });
            }
        });
        server
    }

    pub fn seen(&self) -> Vec<Seen> {
        self.log.lock().unwrap().clone()
    }

    pub fn fault(&self, path: &str, reply: Reply) {
        self.world.lock().unwrap().faults.entry(path.to_owned()).or_default().push_back(reply);
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        self.release.store(true, Ordering::SeqCst);
        let _ = TcpStream::connect(self.base.trim_start_matches("http://"));
    }
}

fn handle(
    mut stream: TcpStream,
    base: &str,
    world: &Mutex<World>,
    log: &Mutex<Vec<Seen>>,
    release: &AtomicBool,
) -> std::io::Result<()> {
    stream.set_read_timeout(Some(Duration::from_secs(5)))?;
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut line = String::new();
    reader.read_line(&mut line)?;
    let target = line.split_whitespace().nth(1).unwrap_or("/").to_owned();
    let mut headers = Vec::new();
    loop {
        let mut h = String::new();
        if reader.read_line(&mut h)? == 0 || h.trim().is_empty() {
            break;
        }
        if let Some((n, v)) = h.trim_end().split_once(':') {
            headers.push((n.trim().to_owned(), v.trim().to_owned()));
        }
    }
    let seen = Seen { path: target.clone(), headers };
    log.lock().unwrap().push(seen.clone());
    let reply = answer(&seen, base, &mut world.lock().unwrap());
    send(&mut stream, reply, release)
}

fn send(stream: &mut TcpStream, reply: Reply, release: &AtomicBool) -> std::io::Result<()> {
    match reply {
        Reply::Hold(inner) => {
            for _ in 0..2000 {
                if release.load(Ordering::SeqCst) {
                    break;
                }
                std::thread::sleep(Duration::from_millis(10));
            }
            send(stream, *inner, release)
        }
        Reply::Late(ms, inner) => {
            std::thread::sleep(Duration::from_millis(ms));
            send(stream, *inner, release)
        }
        Reply::Full { status, headers, body } => {
            let mut head =
                format!("HTTP/1.1 {status} X\r\nContent-Length: {}\r\nConnection: close\r\n", body.len());
            for (n, v) in headers {
                head.push_str(&format!("{n}: {v}\r\n"));
            }
            head.push_str("\r\n");
            stream.write_all(head.as_bytes())?;
            stream.write_all(&body)?;
            stream.flush()
        }
        Reply::Truncated { body, declared } => {
            let head = format!("HTTP/1.1 200 OK\r\nContent-Length: {declared}\r\nConnection: close\r\n\r\n");
            stream.write_all(head.as_bytes())?;
            stream.write_all(&body)?;
            stream.flush()
        }
    }
}

fn answer(req: &Seen, base: &str, world: &mut World) -> Reply {
    let (path, query) = req.path.split_once('?').unwrap_or((&req.path, ""));
    if let Some(reply) = world.faults.get_mut(path).and_then(VecDeque::pop_front) {
        return reply;
    }
    let param = |name: &str| {
        query
            .split('&')
            .find_map(|p| p.split_once('=').filter(|(k, _)| *k == name).map(|(_, v)| v.to_owned()))
    };
    let api = path.starts_with("/collections/") || path.starts_with("/packages/");
    if api && req.header("X-Api-Key").is_none() {
        return Reply::status(
            403,
            r#"{"error":{"code":"API_KEY_MISSING","message":"No api_key was supplied. Get one at https://www.govinfo.gov/api-signup"}}"#,
        );
    }
    if let Some(since) = path.strip_prefix("/collections/CREC/") {
        let entries: Vec<String> = world
            .days
            .iter()
            .map(|d| {
                format!(
                    r#"{{"packageId":"{id}","lastModified":"{lm}","packageLink":"{base}/packages/{id}/summary","docClass":"CREC","title":"Congressional Record","congress":"118","dateIssued":"2024-07-11"}}"#,
                    id = d.id,
                    lm = d.last_modified
                )
            })
            .collect();
        let _ = since;
        return Reply::status(
            200,
            &format!(
                r#"{{"count":{},"message":null,"nextPage":null,"previousPage":null,"packages":[{}]}}"#,
                entries.len(),
                entries.join(",")
            ),
        );
    }
    if let Some(rest) = path.strip_prefix("/metadata/granule/") {
        let mut parts = rest.split('/');
        let (day, granule) = (parts.next().unwrap_or_default(), parts.next().unwrap_or_default());
        return match world
            .days
            .iter()
            .find(|d| d.id == day)
            .and_then(|d| d.granules.iter().find(|g| g.0 == granule))
        {
            Some(g) => Reply::status(200, &g.3),
            None => Reply::status(302, "").with("Location", &format!("{base}/error")),
        };
    }
    if let Some(rest) = path.strip_prefix("/metadata/pkg/CREC-") {
        let id = format!("CREC-{}", rest.trim_end_matches("/mods.xml"));
        return match world.days.iter().find(|d| d.id == id) {
            Some(d) => Reply::status(200, &d.mods()),
            None => Reply::status(400, "bad request"),
        };
    }
    if let Some(rest) = path.strip_prefix("/content/pkg/CREC-") {
        let day = format!("CREC-{}", rest.split('/').next().unwrap_or_default());
        let file = rest.rsplit('/').next().unwrap_or_default().trim_end_matches(".htm");
        return match world
            .days
            .iter()
            .find(|d| d.id == day)
            .and_then(|d| d.granules.iter().find(|g| g.0 == file))
        {
            Some(g) => Reply::status(200, &g.2),
            None => Reply::status(302, "").with("Location", &format!("{base}/error")),
        };
    }
    if let Some(since) = path.strip_prefix("/collections/CHRG/") {
        let mark = param("offsetMark").unwrap_or_default();
        let start: usize =
            if mark == "*" { 0 } else { mark.trim_start_matches("AoI").parse().unwrap_or(usize::MAX) };
        let size = world.page_size.max(1);
        let page: Vec<_> = world.packages.iter().skip(start).take(size).collect();
        let next = if start + size < world.packages.len() {
            format!("\"{base}/collections/CHRG/{since}?pageSize=1000&offsetMark=AoI{}\"", start + size)
        } else {
            "null".into()
        };
        let entries: Vec<String> = page
            .iter()
            .map(|p| {
                format!(
                    r#"{{"packageId":"{id}","lastModified":"{lm}","packageLink":"{base}/packages/{id}/summary","docClass":"{dc}","title":"{t}","congress":"{c}","dateIssued":"2024-07-11"}}"#,
                    c = &p.id[5..8],
                    id = p.id,
                    lm = p.last_modified,
                    dc = if p.id.contains("shrg") { "SHRG" } else { "HHRG" },
                    t = p.title
                )
            })
            .collect();
        let body = format!(
            r#"{{"count":{},"message":null,"nextPage":{next},"previousPage":null,"packages":[{}]}}"#,
            world.packages.len(),
            entries.join(",")
        );
        let remaining = world.remaining.unwrap_or(900).to_string();
        return Reply::status(200, &body).with("X-RateLimit-Remaining", &remaining);
    }
    if let Some(rest) = path.strip_prefix("/packages/") {
        let id = rest.trim_end_matches("/summary");
        return match world.packages.iter().find(|p| p.id == id) {
            Some(p) => Reply::status(
                200,
                &format!(
                    r#"{{"packageId":"{}","lastModified":"{}","title":"{}","congress":"118","docClass":"SHRG","collectionCode":"CHRG"}}"#,
                    p.id, p.last_modified, p.title
                ),
            ),
            None => Reply::status(404, r#"{"message":"No package found"}"#),
        };
    }
    if let Some(rest) = path.strip_prefix("/metadata/pkg/") {
        let id = rest.trim_end_matches("/mods.xml");
        return match world.packages.iter().find(|p| p.id == id) {
            Some(p) => Reply::status(200, &p.mods),
            None => Reply::status(400, "bad request"),
        };
    }
    if let Some(rest) = path.strip_prefix("/content/pkg/") {
        let id = rest.split('/').next().unwrap_or_default();
        return match world.packages.iter().find(|p| p.id == id && path.ends_with(".htm")) {
            Some(p) => Reply::status(200, &p.html),
            None => Reply::status(302, "").with("Location", &format!("{base}/error")),
        };
    }
    if path == "/error" {
        return Reply::status(
            200,
            "<html><head><title>Page Not Found</title></head><body><h1>Page Not Found</h1></body></html>",
        );
    }
    Reply::status(404, "not found")
}

/// A small fictional hearing: the chair, one witness, words to search for.
pub fn hearing_html(title: &str, witness: &str, words: &str) -> String {
    format!(
        "<html>\n<title> - {title}</title>\n<body><pre>\n[Senate Hearing 118-1]\n[From the U.S. Government Publishing Office]\n\n\n\n                {title}\n\n                              HEARING\n\n                        UNITED STATES SENATE\n\n                    ONE HUNDRED EIGHTEENTH CONGRESS\n\n                           JULY 11, 2024\n\n    The Committee met, pursuant to notice, at 10 a.m., Hon. Roland \nZephyrine, Chairman of the Committee, presiding.\n\n    Senator Zephyrine. The Committee will come to order. We \nwelcome our witness.\n    Mr. {witness}. Thank you. {words}\n    Senator Zephyrine. The hearing is adjourned.\n\n    [Whereupon, at 11:30 a.m., the hearing was adjourned.]\n\n</pre></body>\n</html>\n"
    )
}

/// A MODS record for `hearing_html`'s hearing.
pub fn mods_xml(id: &str, title: &str, committee: &str, witness_line: &str) -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<mods xmlns="http://www.loc.gov/mods/v3" version="3.3">
    <titleInfo><title>{title}</title></titleInfo>
    <extension>
         <accessId>{id}</accessId>
         <chamber>SENATE</chamber>
         <congress>118</congress>
         <heldDate>2024-07-11</heldDate>
         <preferredCitation>S. Hrg. 118-1</preferredCitation>
    </extension>
    <extension>
         <witness>{witness_line}</witness>
         <congCommittee chamber="S" congress="118" type="S">
              <name type="authority-standard">{committee}</name>
         </congCommittee>
         <congMember bioGuideId="Z000901" chamber="S" congress="118" party="D" role="COMMMEMBER" state="CT">
              <name type="parsed">ROLAND ZEPHYRINE of Connecticut</name>
              <name type="authority-fnf">Roland Zephyrine</name>
         </congMember>
    </extension>
</mods>
"#
    )
}

pub fn package(n: usize, words: &str) -> Package {
    let id = format!("CHRG-118shrg9{n:04}");
    let title = format!("HEARING NUMBER {n}");
    // Labels take letters only: `Mr. Crane.`, not `Mr. Quillon3.`.
    let witness =
        ["Abbotson", "Barlowe", "Cranfield", "Dunmore", "Ellery", "Fairweather", "Gorham"][(n - 1) % 7];
    Package {
        id: id.clone(),
        last_modified: format!("2024-07-{:02}T10:00:00Z", 10 + n),
        title: title.clone(),
        html: hearing_html(&title, witness, words),
        mods: mods_xml(
            &id,
            &title,
            if n.is_multiple_of(2) { "Committee on Finance" } else { "Committee on Commerce" },
            &format!("Ada {witness}, Director, Harbor Institute"),
        ),
    }
}

/// A page of the Record: one granule, a senator speaking.
pub fn record_page(page: &str, surname: &str, words: &str) -> String {
    format!(
        "<html>\n<head>\n<title>Congressional Record, Volume 170 Issue 112 (Thursday, July 11, 2024)</title>\n</head>\n<body><pre>\n[Congressional Record Volume 170, Number 112 (Thursday, July 11, 2024)]\n[Senate]\n[Page {page}]\nFrom the Congressional Record Online through the Government Publishing Office [<a href=\"https://www.gpo.gov\">www.gpo.gov</a>]\n\n\n\n\n                         HARBOR DREDGING\n\n  Mr. {surname}. Mr. President, {words}\n  I yield the floor.\n\n                          ____________________\n\n</pre></body>\n</html>\n"
    )
}

/// A granule's record naming the member who speaks in it.
pub fn record_mods(granule: &str, bioguide: &str, surname: &str, name: &str) -> String {
    format!(
        r#"<mods xmlns="http://www.loc.gov/mods/v3"><extension><accessId>{granule}</accessId><chamber>SENATE</chamber><granuleClass>SENATE</granuleClass><congMember bioGuideId="{bioguide}" chamber="S" congress="118" party="D" role="SPEAKING" state="CT"><name type="parsed">Mr. {surname}</name><name type="authority-fnf">{name}</name></congMember></extension></mods>"#
    )
}
