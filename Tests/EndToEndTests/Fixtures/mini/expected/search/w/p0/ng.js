plansiteSearchLoaded("w/p0/ng",{
"nganh":[0,-19],
"ngay":[0,-19,0,21,0,22,0,-24,0,-25,0,25,0,26],
"nghiem":[0,-20,0,-21],
"nghin":[0,-7]
});
