/**
 * Decap CMS's own interface in Vietnamese, on top of the Vietnamese locale Decap ships
 * (`decap-cms-locales` 3.8): that locale lacks 77 of the English phrases (the Markdown toolbar,
 * the image and list widgets, the media library's buttons…), which Decap would show in English,
 * and has a few clipped or awkward ones. Same nesting as Decap's locales; `src/cms/locale.ts`
 * merges it in, and tests/unit/decap-locale.test.ts fails when a Decap upgrade brings a phrase
 * neither has, or a phrase here loses one of the English placeholders (`%{name}`).
 */
export default {
  auth: {
    loginWithAzure: 'Đăng nhập bằng Azure',
    loginWithForgejo: 'Đăng nhập bằng Forgejo',
  },
  collection: {
    collectionTop: {
      viewAs: 'Xem dạng',
      viewAsList: 'Xem dạng danh sách',
      viewAsGrid: 'Xem dạng lưới',
      groupBy: 'Nhóm theo',
      // "Thêm" rather than Decap's full-width "＋", which a screen reader spells out and many fonts lack.
      newButton: 'Thêm %{collectionLabel}',
    },
    entries: {
      unpublishedHeader: 'Mục chưa công bố',
    },
    groups: {
      other: 'Khác',
      negateLabel: 'Không phải %{label}',
    },
  },
  editor: {
    editorControl: {
      field: {
        widgetLabel: 'Trường %{widgetLabel}',
      },
    },
    editorControlPane: {
      i18n: {
        writingInLocale: 'Đang viết bằng %{locale}',
        copyFromLocale: 'Điền từ ngôn ngữ khác',
        copyFromLocaleConfirm: 'Điền dữ liệu từ ngôn ngữ %{locale}?\nMọi nội dung đang có sẽ bị ghi đè.',
      },
    },
    editorInterface: {
      toggleI18n: 'Bật/tắt đa ngôn ngữ',
      togglePreview: 'Bật/tắt xem trước',
      toggleScrollSync: 'Cuộn đồng bộ',
      toggleNotes: 'Bật/tắt ghi chú',
    },
    editorNotesPane: {
      title: 'Ghi chú',
      emptyState: 'Chưa có ghi chú nào. Thêm ghi chú đầu tiên ở dưới để cùng trao đổi.',
      addNote: 'Thêm ghi chú',
      addPlaceholder: 'Thêm một ghi chú…',
      editPlaceholder: 'Sửa ghi chú…',
      save: 'Lưu',
      cancel: 'Hủy',
      edit: 'Sửa',
      delete: 'Xóa',
      resolve: 'Đánh dấu đã xử lý',
      unresolve: 'Đánh dấu chưa xử lý',
      confirmDelete: 'Xóa ghi chú này?',
      shortcut: 'Mẹo: nhấn Ctrl+Enter để thêm ghi chú nhanh',
    },
    editorToolbar: {
      status: 'Trạng thái: %{status}',
      backCollection: ' Đang soạn trong mục %{collectionLabel}',
      statusInfoTooltipDraft: 'Bài đang là bản nháp. Khi viết xong, đổi trạng thái thành “Đang xét duyệt” để gửi duyệt.',
      statusInfoTooltipInReview: 'Bài đang được xét duyệt, không cần làm gì thêm. Trong lúc chờ vẫn có thể sửa tiếp.',
    },
    editorWidgets: {
      markdown: {
        bold: 'In đậm',
        italic: 'In nghiêng',
        strikethrough: 'Gạch ngang',
        code: 'Mã',
        link: 'Liên kết',
        linkPrompt: 'Nhập địa chỉ (URL) của liên kết',
        headings: 'Tiêu đề mục',
        quote: 'Trích dẫn',
        bulletedList: 'Danh sách gạch đầu dòng',
        numberedList: 'Danh sách đánh số',
        addComponent: 'Thêm thành phần',
        toggleMode: {
          rich: 'Chuyển sang soạn thảo trực quan',
          markdown: 'Chuyển sang soạn Markdown',
        },
      },
      image: {
        chooseMultiple: 'Chọn ảnh',
        chooseUrl: 'Chèn từ địa chỉ URL',
        replaceUrl: 'Thay bằng địa chỉ URL',
        promptUrl: 'Nhập địa chỉ (URL) của ảnh',
        addMore: 'Thêm ảnh',
        removeAll: 'Bỏ hết ảnh',
      },
      file: {
        chooseMultiple: 'Chọn tệp',
        chooseUrl: 'Chèn từ địa chỉ URL',
        replaceUrl: 'Thay bằng địa chỉ URL',
        promptUrl: 'Nhập địa chỉ (URL) của tệp',
        addMore: 'Thêm tệp',
        removeAll: 'Bỏ hết tệp',
      },
      datetime: {
        // Decap fills in the field's key (`date`), not its label: a button name without it.
        setToNow: 'Đặt thành lúc này',
      },
      list: {
        add: 'Thêm %{item}',
        addType: 'Thêm %{item}',
      },
      object: {
        expand: 'Mở ra',
        collapse: 'Thu gọn',
      },
    },
  },
  mediaLibrary: {
    mediaLibraryCard: {
      copy: 'Sao chép',
      copyUrl: 'Sao chép URL',
      copyPath: 'Sao chép đường dẫn',
      copyName: 'Sao chép tên',
      copied: 'Đã sao chép',
    },
    mediaLibraryModal: {
      close: 'Đóng',
    },
  },
  ui: {
    settingsDropdown: {
      account: 'Tài khoản',
    },
    toast: {
      // Decap's own has `{details}`, which it would show as written.
      onBackendDown: 'Dịch vụ lưu trữ đang gặp trục trặc. Xem %{details} để biết thêm.',
      noteAdded: 'Đã thêm ghi chú',
      onFailToAddNote: 'Không thêm được ghi chú: %{details}',
      noteUpdated: 'Đã sửa ghi chú',
      onFailToUpdateNote: 'Không sửa được ghi chú: %{details}',
      noteDeleted: 'Đã xóa ghi chú',
      onFailToDeleteNote: 'Không xóa được ghi chú: %{details}',
      noteResolved: 'Đã đánh dấu ghi chú là đã xử lý',
      noteReopened: 'Đã mở lại ghi chú',
      onFailToToggleNote: 'Không đổi được trạng thái ghi chú: %{details}',
    },
  },
};
