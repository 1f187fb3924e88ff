#include "Dispatcher.hpp"

#include "DocumentText.hpp"
#include "Errors.hpp"
#include "FilePicker.hpp"
#include "Importer.hpp"
#include "LetterReader.hpp"
#include "MessageBox.hpp"
#include "Names.hpp"
#include "ProgressWindow.hpp"
#include "ReviewDialog.hpp"
#include "ReviewSession.hpp"
#include "Settings.hpp"
#include "SourceSelection.hpp"
#include "UiText.hpp"
#include "UnoStrings.hpp"
#include "UserSettings.hpp"

#include <com/sun/star/awt/XWindowPeer.hpp>
#include <com/sun/star/frame/DispatchResultState.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/task/XStatusIndicatorFactory.hpp>
#include <com/sun/star/frame/XTitle.hpp>
#include <com/sun/star/task/XStatusIndicator.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <cppuhelper/supportsservice.hxx>

#include <filesystem>
#include <memory>

using namespace css;

namespace svarbrev::component {
namespace {


uno::Reference<frame::XModel> documentOf(const uno::Reference<frame::XFrame>& frame);

// Reviews through a question box and shows progress on the frame's status
// bar; silent when the command runs non-interactively.
class FrameObserver : public office::ImportObserver {
public:
    FrameObserver(const uno::Reference<uno::XComponentContext>& context, const uno::Reference<frame::XFrame>& frame,
                  const CommandSettings& settings)
        : context_(context), frame_(frame), settings_(settings) {
        uno::Reference<task::XStatusIndicatorFactory> factory(frame, uno::UNO_QUERY);
        if (factory.is()) indicator_ = factory->createStatusIndicator();
    }
    ~FrameObserver() override {
        if (indicator_.is() && started_) indicator_->end();
    }

    void fileStarted(std::size_t index, std::size_t count, const std::string& file) override {
        if (settings_.interactive && count > 1) {
            if (!progress_)
                progress_ = std::make_unique<ProgressWindow>(
                    context_, parentOf(frame_),
                    count, UiText::forUser(context_));
            progress_->show(index, file);
        }
        if (!indicator_.is()) return;
        if (!started_) {
            indicator_->start(office::toOUString(UiText::forUser(context_)("reading")), static_cast<sal_Int32>(count));
            started_ = true;
        }
        indicator_->setText(office::toOUString("Svarbrev: " + file));
        indicator_->setValue(static_cast<sal_Int32>(index));
    }

    bool cancelRequested() override { return progress_ && progress_->cancelled(); }

    bool review(Extraction& extraction, const std::string& letterText) override {
        if (!settings_.review || !settings_.interactive) return true;
        ReviewSession session(extraction);
        const uno::Reference<frame::XModel> document = documentOf(frame_);
        const UiText& text = UiText::forUser(context_);
        ReviewDialog dialog(context_, session, text("title") + " – " + extraction.source,
                            [&document, &letterText](const Fact& f) { selectQuote(document, letterText, f); },
                            text);
        dialog.create(parentOf(frame_));
        if (!dialog.execute()) return false;
        extraction = session.result();
        return true;
    }

private:
    uno::Reference<uno::XComponentContext> context_;
    uno::Reference<frame::XFrame> frame_;
    const CommandSettings& settings_;
    uno::Reference<task::XStatusIndicator> indicator_;
    std::unique_ptr<ProgressWindow> progress_;
    bool started_ = false;
};

uno::Reference<frame::XModel> documentOf(const uno::Reference<frame::XFrame>& frame) {
    return frame.is() && frame->getController().is() ? frame->getController()->getModel() : nullptr;
}

std::string sourceNameOf(const uno::Reference<frame::XModel>& model) {
    const OUString url = model->getURL();
    if (!url.isEmpty()) return std::filesystem::path(office::systemPathOf(url)).filename().string();
    uno::Reference<frame::XTitle> title(model, uno::UNO_QUERY);
    return title.is() ? office::toUtf8(title->getTitle()) : std::string("dokument");
}

struct Outcome {
    bool ok;
    std::string message;
};

// The summary the analyst reads at the end of a command.
std::string summaryOf(const office::ImportReport& r, const UiText& text) {
    std::string s = text("summary", {std::to_string(r.lettersWritten), std::to_string(r.factsWritten),
                                     std::to_string(r.filesRead)});
    if (r.cancelled) s += "\n" + text("summary.cancelled");
    for (const auto& skipped : r.skipped) s += "\n" + text("summary.skipped", {skipped.file, skipped.reason});
    for (const auto& w : r.warnings) s += "\n" + text("summary.warning", {w});
    return s;
}

Outcome outcomeOf(const office::ImportReport& report, const UiText& text) {
    const bool onlyDeclined = report.lettersWritten == 0 && !report.skipped.empty() &&
                              report.skipped.front().why == office::SkippedFile::Why::Declined;
    return {report.lettersWritten > 0 || onlyDeclined || report.cancelled, summaryOf(report, text)};
}

Outcome extractToWorkbook(const uno::Reference<uno::XComponentContext>& context,
                          const uno::Reference<frame::XFrame>& frame, const CommandSettings& settings) {
    const uno::Reference<frame::XModel> model = documentOf(frame);
    const uno::Reference<text::XTextDocument> document(model, uno::UNO_QUERY);
    office::LetterText letter{model.is() ? sourceNameOf(model) : std::string(), {}};
    if (document.is()) {
        letter.text = office::documentText(document->getText());
    } else if (model.is() && office::letterFormatOf(office::systemPathOf(model->getURL())) ==
                                 office::LetterFormat::Pdf) {
        // A PDF shown in Draw: its text layer read from the file, as the
        // Calc import reads it, keeps lines and table columns in order.
        letter.text = office::readPdf(office::systemPathOf(model->getURL()));
    } else {
        return {false, UiText::forUser(context)("not.a.letter.document")};
    }
    FrameObserver observer(context, frame, settings);
    const office::ImportReport report = office::importTexts(context, {letter}, settings.target, observer);
    if (!report.skipped.empty() && report.skipped.front().why == office::SkippedFile::Why::NotALetter)
        return {false, UiText::forUser(context)("not.a.letter")};
    return outcomeOf(report, UiText::forUser(context));
}

Outcome importFiles(const uno::Reference<uno::XComponentContext>& context, const uno::Reference<frame::XFrame>& frame,
                    const CommandSettings& settings, bool wholeFolder) {
    uno::Sequence<OUString> urls = settings.files;
    if (!urls.hasElements() && settings.interactive)
        urls = wholeFolder ? pickLetterFolder(context) : pickLetterFiles(context, frame);
    const UiText& text = UiText::forUser(context);
    if (!urls.hasElements()) return {true, text("no.files")};
    std::vector<std::string> paths;
    for (const OUString& url : urls) paths.push_back(workbookPathOf(url));
    CommandSettings batch = settings;
    if (batch.review && batch.interactive && paths.size() > 1)
        batch.review = showMessage(context, frame, BoxKind::YesNo, text("title"),
                                   text("review.each", {std::to_string(paths.size())}));
    FrameObserver observer(context, frame, batch);
    return outcomeOf(office::importFiles(context, paths, settings.target, observer), text);
}

}  // namespace

Dispatcher::Dispatcher(const uno::Reference<uno::XComponentContext>& context) : context_(context) {}

OUString Dispatcher::implementationName() { return OUString::createFromAscii(uno_names::kDispatcherImpl); }

uno::Sequence<OUString> Dispatcher::serviceNames() {
    uno::Sequence<OUString> names(1);
    names[0] = "com.sun.star.frame.ProtocolHandler";
    return names;
}

void Dispatcher::initialize(const uno::Sequence<uno::Any>& arguments) {
    for (const auto& a : arguments) {
        uno::Reference<frame::XFrame> frame(a, uno::UNO_QUERY);
        if (frame.is()) frame_ = frame;
    }
}

uno::Reference<frame::XDispatch> Dispatcher::queryDispatch(const util::URL& url, const OUString&, sal_Int32) {
    if (url.Protocol == OUString::createFromAscii(uno_names::kProtocol) &&
        (url.Path == OUString::createFromAscii(uno_names::kExtractCommand) ||
         url.Path == OUString::createFromAscii(uno_names::kImportCommand) ||
         url.Path == OUString::createFromAscii(uno_names::kImportFolderCommand)))
        return this;
    return {};
}

uno::Sequence<uno::Reference<frame::XDispatch>> Dispatcher::queryDispatches(
    const uno::Sequence<frame::DispatchDescriptor>& requests) {
    uno::Sequence<uno::Reference<frame::XDispatch>> out(requests.getLength());
    for (sal_Int32 i = 0; i < requests.getLength(); ++i)
        out[i] = queryDispatch(requests[i].FeatureURL, requests[i].FrameName, requests[i].SearchFlags);
    return out;
}

void Dispatcher::dispatch(const util::URL& url, const uno::Sequence<beans::PropertyValue>& args) {
    dispatchWithNotification(url, args, nullptr);
}

void Dispatcher::dispatchWithNotification(const util::URL& url, const uno::Sequence<beans::PropertyValue>& args,
                                          const uno::Reference<frame::XDispatchResultListener>& listener) {
    const CommandSettings settings = readSettings(context_, args);
    Outcome outcome{false, {}};
    try {
        outcome = url.Path == OUString::createFromAscii(uno_names::kExtractCommand)
                      ? extractToWorkbook(context_, frame_, settings)
                      : importFiles(context_, frame_, settings,
                                    url.Path == OUString::createFromAscii(uno_names::kImportFolderCommand));
    } catch (const std::exception& e) {
        outcome = {false, e.what()};
    } catch (const uno::Exception& e) {
        outcome = {false, UiText::forUser(context_)("unexpected", {office::toUtf8(e.Message)})};
    }
    if (settings.interactive)
        showMessage(context_, frame_, outcome.ok ? BoxKind::Info : BoxKind::Error, UiText::forUser(context_)("title"),
                    outcome.message);
    if (listener.is()) {
        frame::DispatchResultEvent event;
        event.Source = static_cast<cppu::OWeakObject*>(this);
        event.State = outcome.ok ? frame::DispatchResultState::SUCCESS : frame::DispatchResultState::FAILURE;
        event.Result <<= office::toOUString(outcome.message);
        listener->dispatchFinished(event);
    }
}

OUString Dispatcher::getImplementationName() { return implementationName(); }

sal_Bool Dispatcher::supportsService(const OUString& name) { return cppu::supportsService(this, name); }

uno::Sequence<OUString> Dispatcher::getSupportedServiceNames() { return serviceNames(); }

}  // namespace svarbrev::component
