//! The page inside the chrome: one `div` in which the browser builds each view under an owner
//! of its own and swaps it for the last one, and into which the build renders it in place.

use leptos::prelude::*;

#[cfg(target_arch = "wasm32")]
use crate::browser::{phase, schedule};

/// Where the page goes: built and swapped by [`host_pages`] in the browser, a plain reactive
/// child at build time; the same `div` either way, so the static page and the app's have the
/// same shape (the takeover maps the reader's place from one to the other).
pub fn page_slot(page: impl Fn() -> AnyView + Send + 'static) -> impl IntoView {
    let host = NodeRef::<leptos::html::Div>::new();
    #[cfg(target_arch = "wasm32")]
    let page = {
        host_pages(host, page);
        None::<AnyView>
    };
    view! { <div class="page-host" node_ref=host>{page}</div> }
}

/// Builds each page in the browser into `host`, under an owner of its own. The outgoing page
/// is put out of sight and out of the layout first (`data-outgoing`, see main.css: the browser
/// then never lays out both) and taken down when the browser is idle after the new one has
/// painted (`when_idle`), not in the frame of the click that opened the new one: taking down
/// hundreds of cards is work no reader waits for (measurements in docs/PERF.md).
#[cfg(target_arch = "wasm32")]
fn host_pages(host: NodeRef<leptos::html::Div>, page: impl Fn() -> AnyView + 'static) {
    use leptos::tachys::view::{any_view::AnyViewState, Mountable, Render};
    let this_view = Owner::current();
    let mounted: StoredValue<Option<(Owner, AnyViewState)>, LocalStorage> = StoredValue::new_local(None);
    let take_down = |(owner, mut state): (Owner, AnyViewState)| {
        state.unmount();
        drop(state);
        owner.cleanup();
    };
    // How many pages the effect has asked for: a build put off to a later task is dropped when
    // a newer one was asked for meanwhile.
    let asked = StoredValue::new_local(0_u32);
    Effect::new(move |_| {
        let Some(host) = host.get() else { return };
        let owner = this_view.as_ref().map_or_else(Owner::new, Owner::child);
        // Tracked: what `page` reads (the view, its data, a load error), nothing the page's
        // own components read while it is built.
        let view = page();
        let run = asked.get_value().wrapping_add(1);
        asked.set_value(run);
        let show = move || {
            let mut outgoing = host.first_element_child();
            while let Some(old) = outgoing {
                let _ = old.set_attribute("data-outgoing", "");
                outgoing = old.next_element_sibling();
            }
            let mut state = owner.with(|| untrack(|| view.build()));
            state.mount(&host, None);
            if let Some(old) = mounted.try_update_value(|s| s.replace((owner, state))).flatten() {
                schedule::when_idle(move || take_down(old));
            }
        };
        // Behind the static page, its elements in a task of their own, not in the one that
        // built the frame around it (on a slow phone, each is a long task); the takeover waits
        // for them (`.page-host:empty`). After it, at once: a reader is waiting.
        if phase::behind_static_page() {
            leptos::task::spawn_local(async move {
                schedule::yield_now().await;
                if asked.try_get_value() == Some(run) {
                    show();
                }
            });
        } else {
            show();
        }
    });
    // When this view goes (a language switch rebuilds it), its page goes with it.
    on_cleanup(move || {
        if let Some(old) = mounted.try_update_value(Option::take).flatten() {
            take_down(old);
        }
    });
}
