plansiteSearchLoaded("e/u0",[[
{"c":"Đơn vị","t":"Huyện An Châu","u":"districts/a-chau/index.html","s":"Huyện An Châu: 10 xã, phường, thị trấn. Đầu mối: Phòng LĐTBXH huyện An Châu."},
{"c":"Báo cáo đơn vị","t":"Huyện An Châu: Kết quả nổi bật","u":"districts/a-chau/index.html#bao-cao-ket-qua-noi-bat","s":"Báo cáo của An Châu."},
{"c":"Báo cáo đơn vị","t":"Huyện An Châu: Kết quả nổi bật","u":"districts/a-chau/index.html#bao-cao-ket-qua-noi-bat-2","s":"Việc đã xong"},
{"c":"Báo cáo đơn vị","t":"Huyện An Châu: Khó khăn, vướng mắc","u":"districts/a-chau/index.html#bao-cao-kho-khan-vuong-mac","s":"Thiếu cán bộ alert(1) & kinh phí \"đối ứng\"."},
{"c":"Báo cáo đơn vị","t":"Huyện An Châu: Kiến nghị","u":"districts/a-chau/index.html#bao-cao-kien-nghi","s":"Đề nghị Sở hỗ trợ."},
{"c":"Hoạt động","t":"Diễn đàn trẻ em huyện","u":"districts/a-chau/index.html#hd-a-chau-1","s":"05/06/2023 · Nhà văn hóa huyện · Huyện An Châu"}
],
[
{"c":"Đơn vị","t":"Huyện Đình Lập","u":"districts/dinh-lap/index.html","s":"Huyện Đình Lập: 10 xã, phường, thị trấn."},
{"c":"Báo cáo đơn vị","t":"Huyện Đình Lập: Tình hình","u":"districts/dinh-lap/index.html#bao-cao-tinh-hinh","s":"Đình Lập chưa gửi báo cáo năm."},
{"c":"Báo cáo đơn vị","t":"Huyện Đình Lập: I. Kết quả đạt được","u":"districts/dinh-lap/index.html#bao-cao-i-ket-qua-dat-duoc","s":"Tổ chức 3 lớp tập huấn."},
{"c":"Báo cáo đơn vị","t":"Huyện Đình Lập: Ở cấp xã","u":"districts/dinh-lap/index.html#bao-cao-o-cap-xa","s":"Mỗi xã một lớp."},
{"c":"Báo cáo đơn vị","t":"Huyện Đình Lập: 2. KHO KHAN, VUONG MAC","u":"districts/dinh-lap/index.html#bao-cao-2-kho-khan-vuong-mac","s":"Địa bàn rộng, đi lại khó."},
{"c":"Báo cáo đơn vị","t":"Huyện Đình Lập: Kiến nghị, đề xuất","u":"districts/dinh-lap/index.html#bao-cao-kien-nghi-de-xuat","s":"Đề nghị Sở hỗ trợ kinh phí dạy bơi."}
]]);
