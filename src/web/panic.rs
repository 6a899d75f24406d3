//! A panic must never leave a blank page: the hook logs it and replaces the page with the same
//! error panel the app uses, written with `textContent` so no message can become markup.

use std::panic::PanicHookInfo;

pub fn install_hook() {
    std::panic::set_hook(Box::new(|info: &PanicHookInfo| {
        console_error_panic_hook::hook(info);
        show_panic_panel(&info.to_string());
    }));
}

fn show_panic_panel(message: &str) {
    super::browser::mark_error();
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return;
    };
    let Some(body) = document.body() else { return };
    let Ok(panel) = document.create_element("section") else {
        return;
    };
    panel.set_class_name("error-panel");
    let _ = panel.set_attribute("role", "alert");
    let vi = "Ứng dụng gặp lỗi không mong muốn. Hãy tải lại trang; nếu lỗi lặp lại, hãy gửi nội dung dưới đây cho bộ phận kỹ thuật.";
    let en =
        "The app hit an unexpected error. Reload the page; if it happens again, send the text below to your IT staff.";
    let heading = document.create_element("h2").ok();
    let text = document.create_element("p").ok();
    let detail = document.create_element("pre").ok();
    if let (Some(heading), Some(text), Some(detail)) = (heading, text, detail) {
        heading.set_text_content(Some("Lỗi / Error"));
        text.set_text_content(Some(&format!("{vi} / {en}")));
        detail.set_text_content(Some(message));
        let _ = panel.append_child(&heading);
        let _ = panel.append_child(&text);
        let _ = panel.append_child(&detail);
    }
    body.set_text_content(None);
    let _ = body.append_child(&panel);
}
