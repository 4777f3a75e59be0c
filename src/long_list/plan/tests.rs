//! Native tests of the reorder plan, its frames and the places on screen. The plan's items
//! are numbers (the app's are positions in the dataset); the tests name them, and [`Names`]
//! numbers each name in the order it first comes.

use super::*;

/// Numbers for names: `at("a")` is the number of "a", the same at every call.
#[derive(Default)]
struct Names(std::cell::RefCell<Vec<String>>);

impl Names {
    fn at(&self, name: &str) -> usize {
        let mut names = self.0.borrow_mut();
        names.iter().position(|n| n == name).unwrap_or_else(|| {
            names.push(name.to_string());
            names.len() - 1
        })
    }
    fn ids(&self, list: &[&str]) -> Vec<usize> {
        list.iter().map(|name| self.at(name)).collect()
    }
    fn name(&self, at: usize) -> String {
        self.0.borrow().get(at).cloned().unwrap_or_default()
    }
    fn names(&self, list: &[usize]) -> Vec<String> {
        list.iter().map(|&at| self.name(at)).collect()
    }
}

fn strings(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| s.to_string()).collect()
}

/// Runs the plan to the end, `max` moves at a time: the order it ends in, and how many
/// moves it took.
fn run(current: &[&str], target: &[&str], shown: &[&str], max: usize) -> (Vec<String>, usize) {
    let names = Names::default();
    let (current, target, shown_set) = (names.ids(current), names.ids(target), names.ids(shown));
    let is_shown = |id: usize| shown_set.contains(&id);
    let mut plan = Plan::new(current.clone(), &target);
    let mut total = 0;
    loop {
        let moves = plan.next_moves(&is_shown, max);
        assert!(moves.len() <= max);
        if moves.is_empty() {
            return (names.names(plan.current()), total);
        }
        total += moves.len();
        assert!(total <= 2 * current.len(), "the plan must end");
    }
}

#[test]
fn a_list_in_order_needs_no_move() {
    let (after, moves) = run(&["a", "b", "c"], &["a", "b", "c"], &["a", "b", "c"], 8);
    assert_eq!((after, moves), (strings(&["a", "b", "c"]), 0));
}

#[test]
fn a_reversed_list_ends_in_the_target_order() {
    let names: Vec<String> = (0..60).map(|i| format!("c{i:02}")).collect();
    let current: Vec<&str> = names.iter().map(String::as_str).collect();
    let target: Vec<&str> = current.iter().rev().copied().collect();
    let shown: Vec<&str> = current.iter().step_by(3).copied().collect();
    for max in [1, 5, 100] {
        let (after, moves) = run(&current, &target, &shown, max);
        assert_eq!(after, strings(&target), "max {max}");
        assert!(moves < 2 * 60, "{moves} moves");
    }
}

#[test]
fn the_shown_items_come_first_and_in_order_from_the_top() {
    // Target: f e d c b a; shown: a, c, e (so the reader sees e, c, a).
    let names = Names::default();
    let current = names.ids(&["a", "b", "c", "d", "e", "f"]);
    let target = names.ids(&["f", "e", "d", "c", "b", "a"]);
    let mut plan = Plan::new(current, &target);
    let shown_set = names.ids(&["a", "c", "e"]);
    let shown = |id: usize| shown_set.contains(&id);
    let first = plan.next_moves(&shown, 1);
    assert_eq!(first, [Move { id: names.at("e"), before: names.at("a"), place: Some(0) }]);
    let seen = |p: &Plan| names.names(&p.current().iter().copied().filter(|&id| shown(id)).collect::<Vec<_>>());
    assert_eq!(seen(&plan)[0], "e", "the first card a reader sees is right after one move");
    plan.next_moves(&shown, 1);
    assert_eq!(seen(&plan), strings(&["e", "c", "a"]), "the shown ones are in order after two");
    while !plan.next_moves(&shown, 1).is_empty() {
        assert_eq!(seen(&plan), strings(&["e", "c", "a"]), "and stay so while the hidden ones move");
    }
    assert_eq!(plan.current(), target.as_slice());
}

#[test]
fn items_not_built_yet_or_not_named_are_handled() {
    // "x" is not in the target: it keeps its place at the end; "z" is not built: skipped.
    let (after, _) = run(&["b", "x", "a"], &["z", "a", "b"], &["a", "b", "x"], 8);
    assert_eq!(after, strings(&["a", "b", "x"]));
}

#[test]
fn each_move_says_where_a_shown_item_lands() {
    // Target: d c b a; shown: a, b, d. The reader is to see d, b, a.
    let names = Names::default();
    let mut plan = Plan::new(names.ids(&["a", "b", "c", "d"]), &names.ids(&["d", "c", "b", "a"]));
    let c = names.at("c");
    let shown = |id: usize| id != c;
    let mut places = Vec::new();
    while let Some(m) = plan.next_move(&shown) {
        plan.make(&m);
        places.push((names.name(m.id), m.place));
    }
    assert_eq!(names.names(plan.current()), strings(&["d", "c", "b", "a"]));
    assert_eq!(places[0], ("d".to_string(), Some(0)));
    assert_eq!(places[1], ("b".to_string(), Some(1)));
    assert!(places.iter().all(|(id, place)| (id == "c") == place.is_none()), "{places:?}");
}

#[test]
fn the_indices_of_each_move_replay_it_on_the_page() {
    // A page is moved by `insertBefore(item, before)` with the elements at the indices `make`
    // gives: replayed on a copy, the copy follows the plan move for move.
    let items: Vec<usize> = (0..40).collect();
    let target: Vec<usize> = items.iter().rev().step_by(2).chain(items.iter().step_by(2)).copied().collect();
    let shown = |id: usize| id % 10 != 3;
    let mut plan = Plan::new(items.clone(), &target);
    let mut page = items.clone();
    while let Some(m) = plan.next_move(&shown) {
        let (from, before) = plan.make(&m).expect("both are in the list");
        let (item, anchor) = (page[from], page[before]);
        assert_eq!((item, anchor), (m.id, m.before));
        page.remove(from);
        let at = page.iter().position(|&id| id == anchor).expect("the anchor stays");
        page.insert(at, item);
        assert_eq!(page, plan.current());
    }
    assert_eq!(plan.current(), target.as_slice());
    let unknown = Move { id: 99, before: 0, place: None };
    assert_eq!(plan.make(&unknown), None, "an item not in the list moves nothing");
    assert_eq!(plan.current(), target.as_slice());
}

#[test]
fn going_on_from_the_last_move_plans_what_a_scan_from_the_top_plans() {
    // `next_move` goes on from where it stopped: at every step it must give the move a new
    // plan of the same list (which scans from the top) gives, on shuffled lists of any size.
    let mut seed = 7_u64;
    let mut next = move |n: usize| {
        seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        usize::try_from(seed >> 33).unwrap_or(0) % n.max(1)
    };
    for size in [1, 2, 7, 40, 120] {
        let items: Vec<usize> = (0..size).collect();
        let mut target = items.clone();
        for i in (1..size).rev() {
            target.swap(i, next(i + 1));
        }
        let hidden: Vec<bool> = (0..size).map(|_| next(3) == 0).collect();
        let shown = |id: usize| !hidden[id];
        let mut plan = Plan::new(items.clone(), &target);
        let mut moves = 0;
        while let Some(m) = plan.next_move(&shown) {
            let fresh = Plan::new(plan.current().to_vec(), &target).next_move(&shown);
            assert_eq!(Some(&m), fresh.as_ref(), "size {size}, move {moves}");
            plan.make(&m);
            moves += 1;
            assert!(moves <= 2 * size, "the plan must end");
        }
        assert_eq!(plan.current(), target.as_slice(), "size {size}");
    }
}

#[test]
fn a_move_made_out_of_turn_does_not_mislead_the_next() {
    // A move the plan did not ask for, before where it goes on from: the next is planned anew.
    let names = Names::default();
    let target = names.ids(&["d", "c", "b", "a"]);
    let all = |_: usize| true;
    let mut plan = Plan::new(names.ids(&["a", "b", "c", "d"]), &target);
    while let Some(m) = plan.next_move(&all) {
        plan.make(&m);
    }
    assert_eq!(plan.current(), target.as_slice());
    plan.make(&Move { id: names.at("a"), before: names.at("d"), place: None });
    assert_eq!(names.names(plan.current()), strings(&["a", "d", "c", "b"]));
    while let Some(m) = plan.next_move(&all) {
        plan.make(&m);
    }
    assert_eq!(plan.current(), target.as_slice());
}

#[test]
fn a_frame_allows_its_moves_into_rendered_places_and_any_further_down() {
    let frame = MoveBudget { rendered: 24, into_rendered: 6 };
    let at = |place| Move { id: 0, before: 1, place };
    assert!(frame.allows(&at(Some(5)), 5));
    assert!(!frame.allows(&at(Some(6)), 6), "the seventh card near the top waits");
    assert!(frame.allows(&at(Some(30)), 6), "one further down is cheap");
    assert!(frame.allows(&at(None), 6), "so is a hidden one");
}

#[test]
fn the_places_on_screen_are_the_rows_down_to_the_window_bottom() {
    // Three columns of 350 px cards and 16 px gaps, the list 450 px down a 900 px window:
    // two rows show (the second in part).
    assert_eq!(places_on_screen(450.0, 900.0, 350.0, 16.0, 3), 6);
    // Scrolled into the list: every row above the bottom counts.
    assert_eq!(places_on_screen(-1000.0, 900.0, 350.0, 16.0, 1), 6);
    // One pixel of a row shows: it counts.
    assert_eq!(places_on_screen(0.0, 367.0, 350.0, 16.0, 2), 4);
    // The list below the window, or nothing measured: one row.
    assert_eq!(places_on_screen(1000.0, 900.0, 350.0, 16.0, 2), 2);
    assert_eq!(places_on_screen(0.0, 900.0, 0.0, 0.0, 0), 900);
    assert_eq!(places_on_screen(f64::NAN, 900.0, 350.0, 16.0, 3), 3);
}
