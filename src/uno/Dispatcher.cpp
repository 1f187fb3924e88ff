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

const std::string kTitle = "Svarbrev";

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
                    context_, uno::Reference<awt::XWindowPeer>(frame_.is() ? frame_->getContainerWindow() : nullptr,
                                                               uno::UNO_QUERY),
                    count, danishUserInterface(context_));
            progress_->show(index, file);
        }
        if (!indicator_.is()) return;
        if (!started_) {
            indicator_->start("Svarbrev: læser breve", static_cast<sal_Int32>(count));
            started_ = true;
        }
        indicator_->setText(office::toOUString("Svarbrev: " + file));
        indicator_->setValue(static_cast<sal_Int32>(index));
    }

    bool cancelRequested() override { return progress_ && progress_->cancelled(); }

    bool review(Extraction& extraction, const std::string& text) override {
        if (!settings_.review || !settings_.interactive) return true;
        ReviewSession session(extraction);
        const uno::Reference<frame::XModel> document = documentOf(frame_);
        ReviewDialog dialog(context_, session, kTitle + " – " + extraction.source,
                            [&document, &text](const Fact& f) { selectQuote(document, text, f); },
                            danishUserInterface(context_));
        dialog.create(uno::Reference<awt::XWindowPeer>(frame_.is() ? frame_->getContainerWindow() : nullptr,
                                                       uno::UNO_QUERY));
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

Outcome outcomeOf(const office::ImportReport& report) {
    const bool onlyDeclined = report.lettersWritten == 0 && !report.skipped.empty() &&
                              report.skipped.front().why == office::SkippedFile::Why::Declined;
    return {report.lettersWritten > 0 || onlyDeclined || report.cancelled, office::describe(report)};
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
        return {false, "Kommandoen virker i et Writer-dokument eller en PDF med et svarbrev / "
                       "the command works on a Writer document or a PDF holding a reply letter"};
    }
    FrameObserver observer(context, frame, settings);
    const office::ImportReport report = office::importTexts(context, {letter}, settings.target, observer);
    if (!report.skipped.empty() && report.skipped.front().why == office::SkippedFile::Why::NotALetter)
        return {false, "Dokumentet ser ikke ud til at være et svarbrev fra en kommune; intet er skrevet. / "
                       "The document does not look like a municipality's reply letter; nothing was written."};
    return outcomeOf(report);
}

Outcome importFiles(const uno::Reference<uno::XComponentContext>& context, const uno::Reference<frame::XFrame>& frame,
                    const CommandSettings& settings, bool wholeFolder) {
    uno::Sequence<OUString> urls = settings.files;
    if (!urls.hasElements() && settings.interactive)
        urls = wholeFolder ? pickLetterFolder(context) : pickLetterFiles(context, frame);
    if (!urls.hasElements()) return {true, "Ingen filer valgt / no files chosen"};
    std::vector<std::string> paths;
    for (const OUString& url : urls) paths.push_back(workbookPathOf(url));
    CommandSettings batch = settings;
    if (batch.review && batch.interactive && paths.size() > 1)
        batch.review = showMessage(context, frame, BoxKind::YesNo, kTitle,
                                   danishUserInterface(context)
                                       ? "Vil du gennemse hvert af de " + std::to_string(paths.size()) +
                                             " breve, før det skrives? (Nej: importér uden gennemsyn)"
                                       : "Review each of the " + std::to_string(paths.size()) +
                                             " letters before it is written? (No: import without review)");
    FrameObserver observer(context, frame, batch);
    return outcomeOf(office::importFiles(context, paths, settings.target, observer));
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
        outcome = {false, "Uventet fejl / unexpected error: " + office::toUtf8(e.Message)};
    }
    if (settings.interactive)
        showMessage(context_, frame_, outcome.ok ? BoxKind::Info : BoxKind::Error, kTitle, outcome.message);
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
