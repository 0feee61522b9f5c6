// Chỉ mục tìm kiếm do plansite tạo ra; đừng sửa tay.
window.PLANSITE_SEARCH = {"lists":16,"groups":[
{"n":"p0","s":["p0"],"w":"01 05 06 09 1 11 12 14 15 2 20 25 29 3 4 5 6 8 am ba bo c1 c2 ca ch co cu da di do du em f1 ga gi gu ha ho hu i ii ke kh ki ky la le li lu m1 mo mu na ng nh p1 ph qu so su t1 ta te th ti to tr ty ub va vi vu xa y1"},
{"n":"u0","s":["u0"],"w":"05 06 1 2 20 3 al an ba bo ca ch cu da de di do du em gu hi ho hu i ke kh ki la ld lo ma mo na ng nh no o ph qu ro so ta th ti to tr un va vi vu xa xo xu"}
]};
