//! `deal-app`: the web page, built by trunk for wasm32 (see `index.html`).
//! On other targets it only says so, so that a native `cargo build` works.

#[cfg(target_arch = "wasm32")]
fn main() {
    yew::Renderer::<dealmodel::ui::App>::new().render();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("the web app runs in a browser: use `./dev serve` and open http://127.0.0.1:8080/");
}
