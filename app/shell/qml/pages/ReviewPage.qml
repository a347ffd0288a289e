// SPDX-License-Identifier: Apache-2.0
// Review the flashcards due across every module, with the flashcards plugin's own view. The
// ratings go back to each card's module (ReviewSession); the schedule moves, nothing else.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Passerelle

Page {
    id: page
    property LearnerSession session
    property var shell
    property ReviewSession review: null
    objectName: "reviewPage"
    title: qsTr("Flashcards due")
    background: Rectangle { color: Theme.background }

    Component.onCompleted: page.review = page.session.startReview()

    Flickable {
        id: flick
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.spacingL
        clip: true
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: column
            x: Math.max(Theme.spacingL, (flick.width - width) / 2)
            y: Theme.spacingL
            width: Math.min(flick.width - 2 * Theme.spacingL, Theme.readingWidth)
            spacing: Theme.spacingM

            Label {
                text: qsTr("Flashcards due")
                font.pixelSize: Theme.fontDisplay
                font.weight: Font.DemiBold
                color: Theme.text
                Accessible.role: Accessible.Heading
            }
            Label {
                Layout.fillWidth: true
                text: page.review
                      ? qsTr("%n card(s) from your modules are due. Each comes back later, sooner if you found it hard.", "",
                             page.review.cardCount)
                      : qsTr("No card is due now. Cards come back for review a day, then a few days, then weeks after you practise them in a module.")
                color: Theme.textMuted
                wrapMode: Text.Wrap
            }
            Pane {
                id: host
                Layout.fillWidth: true
                visible: page.review !== null
                padding: Theme.spacingM
                background: Rectangle {
                    color: Theme.surface
                    radius: Theme.radius
                    border.width: 1
                    border.color: Theme.divider
                }
                Loader {
                    id: view
                    objectName: "reviewView"
                    anchors.left: parent.left
                    anchors.right: parent.right
                    focus: true
                    Component.onCompleted: {
                        if (page.review)
                            view.setSource(page.review.viewUrl, {
                                config: page.review.config,
                                savedDraft: null,
                                attempts: 0,
                                baseUrl: "",
                                moduleTitle: qsTr("Flashcards due"),
                                seed: 0,
                                savedResponse: null,
                                evaluation: null
                            })
                    }
                }
                // The view's feedback colours follow the theme, as in ActivityHost.
                Binding { target: view.item; property: "successColor"; value: Theme.success; when: view.item !== null }
                Binding { target: view.item; property: "dangerColor"; value: Theme.danger; when: view.item !== null }
                Binding { target: view.item; property: "warningColor"; value: Theme.warningText; when: view.item !== null }
                Connections {
                    target: view.item
                    ignoreUnknownSignals: true
                    function onSubmitted(response) {
                        const result = page.review.submit(response)
                        if (result.error !== undefined) {
                            errorLabel.text = result.error
                        } else {
                            errorLabel.text = ""
                            view.item.evaluation = result
                        }
                    }
                }
            }
            Label {
                id: errorLabel
                objectName: "reviewError"
                visible: text.length > 0
                Layout.fillWidth: true
                color: Theme.danger
                wrapMode: Text.Wrap
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
            AppButton {
                objectName: "reviewDone"
                text: qsTr("Back to My learning")
                onClicked: page.shell.showMyLearning()
            }
        }
    }
}
