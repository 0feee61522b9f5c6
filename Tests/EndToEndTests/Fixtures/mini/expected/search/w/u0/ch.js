plansiteSearchLoaded("w/u0/ch",{
"chau":[0,-1,0,-2,0,-3,0,-4,0,-5,0,5],
"chua":[1,1],
"chuc":[1,2]
});
