//! Sync with the real engine: two Syncthing instances on 127.0.0.1 (discovery, relays and
//! NAT traversal off), each keeping a shared folder for a factdeck data folder of its own.
//! Both computers answer cards (the same card too), sync through their own copy of the
//! folder, and must end with the same answers and the same card states within a bounded
//! time.
//!
//! Needs Debian's `syncthing` package (`.ci/run` installs it): without it the test fails,
//! saying what to install, rather than passing without having checked anything.

mod common;

use common::sync::Computer;
use factdeck::schedule::Rating;
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// How long both computers may take to hold the same progress (about 2 s here: the
/// instances watch their folders and rescan every 2 s).
const CONVERGE_WITHIN: Duration = Duration::from_secs(30);

/// A running Syncthing instance; killed when dropped.
struct Instance {
    home: PathBuf,
    folder: PathBuf,
    device_id: String,
    gui_port: u16,
    listen_port: u16,
    child: Option<Child>,
}

impl Drop for Instance {
    fn drop(&mut self) {
        if let Some(child) = &mut self.child {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

fn syncthing_installed() -> bool {
    Command::new("syncthing")
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// A port nobody listens on now.
fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port()
}

/// Keys and a device id for a new instance in `home`, with a folder to share.
fn generate(root: &Path, name: &str) -> Instance {
    let home = root.join(format!("{name}-home"));
    let folder = root.join(format!("{name}-shared"));
    std::fs::create_dir_all(folder.join(".stfolder")).expect("the shared folder");
    let output = Command::new("syncthing")
        .args(["generate", "--no-default-folder", "--skip-port-probing"])
        .arg(format!("--home={}", home.display()))
        .output()
        .expect("syncthing generate runs");
    let text = String::from_utf8_lossy(&output.stdout).into_owned()
        + &String::from_utf8_lossy(&output.stderr);
    let device_id = text
        .lines()
        .find_map(|l| l.split("Device ID:").nth(1))
        .map(|id| id.trim().to_string())
        .unwrap_or_else(|| panic!("syncthing generate printed no device id:\n{text}"));
    Instance {
        home,
        folder,
        device_id,
        gui_port: free_port(),
        listen_port: free_port(),
        child: None,
    }
}

/// The instance's whole configuration: only loopback, no discovery, no relays, a watcher
/// that reacts within a second, and the other instance as the only device.
fn config(me: &Instance, other: &Instance) -> String {
    let device = |i: &Instance| {
        format!(
            r#"<device id="{id}" name="{id}" compression="metadata" introducer="false">
        <address>tcp://127.0.0.1:{port}</address>
        <autoAcceptFolders>false</autoAcceptFolders>
    </device>"#,
            id = i.device_id,
            port = i.listen_port
        )
    };
    format!(
        r#"<configuration version="36">
    <folder id="factdeck-test" label="factdeck" path="{path}" type="sendreceive" rescanIntervalS="2" fsWatcherEnabled="true" fsWatcherDelayS="1" ignorePerms="true" autoNormalize="true">
        <device id="{me}"></device>
        <device id="{other}"></device>
        <minDiskFree unit="%">0</minDiskFree>
    </folder>
    {me_device}
    {other_device}
    <gui enabled="true" tls="false">
        <address>127.0.0.1:{gui}</address>
        <apikey>factdeck-test-key</apikey>
    </gui>
    <options>
        <listenAddress>tcp://127.0.0.1:{listen}</listenAddress>
        <globalAnnounceEnabled>false</globalAnnounceEnabled>
        <localAnnounceEnabled>false</localAnnounceEnabled>
        <relaysEnabled>false</relaysEnabled>
        <natEnabled>false</natEnabled>
        <startBrowser>false</startBrowser>
        <urAccepted>-1</urAccepted>
        <autoUpgradeIntervalH>0</autoUpgradeIntervalH>
        <crashReportingEnabled>false</crashReportingEnabled>
        <reconnectionIntervalS>1</reconnectionIntervalS>
        <minHomeDiskFree unit="%">0</minHomeDiskFree>
        <setLowPriority>false</setLowPriority>
    </options>
</configuration>
"#,
        path = me.folder.display(),
        me = me.device_id,
        other = other.device_id,
        me_device = device(me),
        other_device = device(other),
        gui = me.gui_port,
        listen = me.listen_port,
    )
}

fn start(instance: &mut Instance, other: &Instance) {
    std::fs::write(instance.home.join("config.xml"), config(instance, other)).expect("config");
    let log = std::fs::File::create(instance.home.join("syncthing.log")).expect("log");
    let child = Command::new("syncthing")
        .args(["serve", "--no-browser", "--no-restart", "--no-upgrade"])
        .arg(format!("--home={}", instance.home.display()))
        .env("STNODEFAULTFOLDER", "1")
        .env("STNOUPGRADE", "1")
        .stdout(log.try_clone().expect("log"))
        .stderr(log)
        .spawn()
        .expect("syncthing serve starts");
    instance.child = Some(child);
}

fn log_of(instance: &Instance) -> String {
    let text = std::fs::read_to_string(instance.home.join("syncthing.log")).unwrap_or_default();
    let lines: Vec<&str> = text.lines().collect();
    lines[lines.len().saturating_sub(30)..].join("\n")
}

#[test]
fn two_computers_syncing_through_real_syncthing_converge_to_the_same_progress() {
    assert!(
        syncthing_installed(),
        "this test runs two real Syncthing instances, but `syncthing` is not installed \
         (Debian: apt install syncthing)"
    );
    let root = tempfile::tempdir().expect("a folder for both instances");
    let mut first = generate(root.path(), "laptop");
    let mut second = generate(root.path(), "desktop");
    start(&mut first, &second);
    start(&mut second, &first);

    let mut laptop = Computer::new(&first.folder);
    let mut desktop = Computer::new(&second.folder);
    // Both answer, and both answer the first card.
    laptop.answer(0, Rating::Good);
    laptop.answer(1, Rating::Again);
    desktop.answer(0, Rating::Hard);
    desktop.answer(2, Rating::Easy);
    desktop.answer(3, Rating::Good);
    let expected = 5;

    let started = Instant::now();
    loop {
        laptop.sync();
        desktop.sync();
        let same = laptop.answers().len() == expected
            && laptop.answers() == desktop.answers()
            && laptop.states() == desktop.states();
        if same {
            break;
        }
        assert!(
            started.elapsed() < CONVERGE_WITHIN,
            "not the same after {CONVERGE_WITHIN:?}: laptop {} answers, desktop {}\n\
             laptop's syncthing:\n{}\n\ndesktop's syncthing:\n{}",
            laptop.answers().len(),
            desktop.answers().len(),
            log_of(&first),
            log_of(&second)
        );
        std::thread::sleep(Duration::from_millis(250));
    }
    eprintln!(
        "converged through Syncthing in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    laptop.assert_consistent();
    desktop.assert_consistent();
    assert_eq!(laptop.collection.sync_status().unwrap().peers, 1);
    assert_eq!(desktop.collection.sync_status().unwrap().peers, 1);
    let card = common::sync::card_id(&laptop.collection, 0);
    assert_eq!(
        laptop.collection.card_state(common::DECK, &card).reps,
        2,
        "the first card's answers on both computers are two answers"
    );
}
