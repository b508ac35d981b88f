//! Reference for richards.py: Martin Richards' scheduler simulation in idiomatic Rust,
//! with tasks and packets in arenas addressed by index instead of object references.

const I_IDLE: usize = 1;
const I_WORK: usize = 2;
const I_HANDLERA: usize = 3;
const I_HANDLERB: usize = 4;
const I_DEVA: usize = 5;
const I_DEVB: usize = 6;
const BUFSIZE: usize = 4;
const TASKTABSIZE: usize = 10;

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Dev,
    Work,
}

struct Packet {
    link: Option<usize>,
    ident: usize,
    kind: Kind,
    datum: usize,
    data: [u8; BUFSIZE],
}

enum Handle {
    Idle {
        control: u32,
        count: u32,
    },
    Worker {
        destination: usize,
        count: u8,
    },
    Handler {
        work_in: Option<usize>,
        device_in: Option<usize>,
    },
    Device {
        pending: Option<usize>,
    },
}

#[derive(Clone, Copy)]
struct State {
    packet_pending: bool,
    waiting: bool,
    holding: bool,
}

const RUNNING: State = State {
    packet_pending: false,
    waiting: false,
    holding: false,
};
const WAITING: State = State {
    packet_pending: false,
    waiting: true,
    holding: false,
};
const WAITING_WITH_PACKET: State = State {
    packet_pending: true,
    waiting: true,
    holding: false,
};

struct Task {
    link: Option<usize>,
    priority: u32,
    input: Option<usize>,
    state: State,
    handle: Handle,
}

#[derive(Default)]
struct Scheduler {
    tasks: Vec<Option<Task>>,
    packets: Vec<Packet>,
    task_list: Option<usize>,
    hold_count: u64,
    qpkt_count: u64,
}

impl Scheduler {
    fn task(&mut self, id: usize) -> &mut Task {
        self.tasks[id].as_mut().expect("bad task id")
    }

    fn add_task(
        &mut self,
        id: usize,
        priority: u32,
        input: Option<usize>,
        state: State,
        handle: Handle,
    ) {
        let link = self.task_list;
        self.tasks[id] = Some(Task {
            link,
            priority,
            input,
            state,
            handle,
        });
        self.task_list = Some(id);
    }

    fn packet(&mut self, link: Option<usize>, ident: usize, kind: Kind) -> usize {
        self.packets.push(Packet {
            link,
            ident,
            kind,
            datum: 0,
            data: [0; BUFSIZE],
        });
        self.packets.len() - 1
    }

    /// Appends packet `p` to the list starting at `list`; returns the list's head.
    fn append_to(&mut self, p: usize, list: Option<usize>) -> usize {
        self.packets[p].link = None;
        let Some(head) = list else { return p };
        let mut q = head;
        while let Some(next) = self.packets[q].link {
            q = next;
        }
        self.packets[q].link = Some(p);
        head
    }

    fn add_packet(&mut self, t: usize, p: usize, old: usize) -> usize {
        match self.task(t).input {
            None => {
                let task = self.task(t);
                task.input = Some(p);
                task.state.packet_pending = true;
                let priority = task.priority;
                if priority > self.task(old).priority {
                    return t;
                }
            }
            Some(input) => {
                self.append_to(p, Some(input));
            }
        }
        old
    }

    fn wait_task(&mut self, t: usize) -> Option<usize> {
        self.task(t).state.waiting = true;
        Some(t)
    }

    fn hold(&mut self, t: usize) -> Option<usize> {
        self.hold_count += 1;
        let task = self.task(t);
        task.state.holding = true;
        task.link
    }

    fn release(&mut self, t: usize, id: usize) -> Option<usize> {
        let other = self.task(id);
        other.state.holding = false;
        let priority = other.priority;
        if priority > self.task(t).priority {
            Some(id)
        } else {
            Some(t)
        }
    }

    fn qpkt(&mut self, t: usize, p: usize) -> Option<usize> {
        let target = self.packets[p].ident;
        self.qpkt_count += 1;
        self.packets[p].link = None;
        self.packets[p].ident = t;
        Some(self.add_packet(target, p, t))
    }

    fn run_task(&mut self, t: usize) -> Option<usize> {
        let task = self.task(t);
        let s = task.state;
        let msg = if s.packet_pending && s.waiting && !s.holding {
            let msg = task.input;
            let next = msg.and_then(|m| self.packets[m].link);
            let task = self.task(t);
            task.input = next;
            task.state = if next.is_none() {
                RUNNING
            } else {
                State {
                    packet_pending: true,
                    ..RUNNING
                }
            };
            msg
        } else {
            None
        };
        self.run_fn(t, msg)
    }

    fn run_fn(&mut self, t: usize, pkt: Option<usize>) -> Option<usize> {
        // Take the handle out so that the task's own record and the scheduler can both be
        // changed; it is put back before returning.
        let mut handle =
            std::mem::replace(&mut self.task(t).handle, Handle::Device { pending: None });
        let next = match &mut handle {
            Handle::Device { pending } => match pkt {
                None => match pending.take() {
                    None => self.wait_task(t),
                    Some(p) => self.qpkt(t, p),
                },
                Some(p) => {
                    *pending = Some(p);
                    self.hold(t)
                }
            },
            Handle::Handler { work_in, device_in } => {
                if let Some(p) = pkt {
                    if self.packets[p].kind == Kind::Work {
                        *work_in = Some(self.append_to(p, *work_in));
                    } else {
                        *device_in = Some(self.append_to(p, *device_in));
                    }
                }
                match *work_in {
                    None => self.wait_task(t),
                    Some(work) => {
                        let count = self.packets[work].datum;
                        if count >= BUFSIZE {
                            *work_in = self.packets[work].link;
                            self.qpkt(t, work)
                        } else {
                            match *device_in {
                                None => self.wait_task(t),
                                Some(dev) => {
                                    *device_in = self.packets[dev].link;
                                    self.packets[dev].datum =
                                        self.packets[work].data[count] as usize;
                                    self.packets[work].datum = count + 1;
                                    self.qpkt(t, dev)
                                }
                            }
                        }
                    }
                }
            }
            Handle::Idle { control, count } => {
                *count -= 1;
                if *count == 0 {
                    self.hold(t)
                } else if *control & 1 == 0 {
                    *control /= 2;
                    self.release(t, I_DEVA)
                } else {
                    *control = (*control / 2) ^ 0xD008;
                    self.release(t, I_DEVB)
                }
            }
            Handle::Worker { destination, count } => match pkt {
                None => self.wait_task(t),
                Some(p) => {
                    let dest = if *destination == I_HANDLERA {
                        I_HANDLERB
                    } else {
                        I_HANDLERA
                    };
                    *destination = dest;
                    let packet = &mut self.packets[p];
                    packet.ident = dest;
                    packet.datum = 0;
                    for slot in packet.data.iter_mut() {
                        *count += 1;
                        if *count > 26 {
                            *count = 1;
                        }
                        *slot = b'A' + *count - 1;
                    }
                    self.qpkt(t, p)
                }
            },
        };
        self.task(t).handle = handle;
        next
    }

    fn schedule(&mut self) {
        let mut t = self.task_list;
        while let Some(id) = t {
            let s = self.task(id).state;
            t = if s.holding || (!s.packet_pending && s.waiting) {
                self.task(id).link
            } else {
                self.run_task(id)
            };
        }
    }
}

fn run_once() -> (u64, u64) {
    let mut s = Scheduler {
        tasks: (0..TASKTABSIZE).map(|_| None).collect(),
        ..Default::default()
    };
    s.add_task(
        I_IDLE,
        1,
        None,
        RUNNING,
        Handle::Idle {
            control: 1,
            count: 10000,
        },
    );

    let wkq = s.packet(None, 0, Kind::Work);
    let wkq = s.packet(Some(wkq), 0, Kind::Work);
    s.add_task(
        I_WORK,
        1000,
        Some(wkq),
        WAITING_WITH_PACKET,
        Handle::Worker {
            destination: I_HANDLERA,
            count: 0,
        },
    );

    for (id, priority, dev) in [(I_HANDLERA, 2000, I_DEVA), (I_HANDLERB, 3000, I_DEVB)] {
        let wkq = s.packet(None, dev, Kind::Dev);
        let wkq = s.packet(Some(wkq), dev, Kind::Dev);
        let wkq = s.packet(Some(wkq), dev, Kind::Dev);
        s.add_task(
            id,
            priority,
            Some(wkq),
            WAITING_WITH_PACKET,
            Handle::Handler {
                work_in: None,
                device_in: None,
            },
        );
    }

    s.add_task(
        I_DEVA,
        4000,
        None,
        WAITING,
        Handle::Device { pending: None },
    );
    s.add_task(
        I_DEVB,
        5000,
        None,
        WAITING,
        Handle::Device { pending: None },
    );

    s.schedule();
    (s.hold_count, s.qpkt_count)
}

fn main() {
    let iterations: u64 = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(40);
    let (mut total_hold, mut total_qpkt) = (0, 0);
    let mut last = (0, 0);
    for _ in 0..iterations {
        last = run_once();
        total_hold += last.0;
        total_qpkt += last.1;
    }
    println!("last run: hold count {}, qpkt count {}", last.0, last.1);
    println!("{iterations} runs: hold count {total_hold}, qpkt count {total_qpkt}");
}
